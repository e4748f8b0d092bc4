package cl.conveniosomm.convenio;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** The approval ended with the decreto: the convenio is in force from now on. */
@Component("marcarVigente")
public class MarcarVigenteListener implements ExecutionListener {

  private final ConvenioRepository convenios;

  public MarcarVigenteListener(ConvenioRepository convenios) {
    this.convenios = convenios;
  }

  @Override
  public void notify(DelegateExecution execution) {
    convenios.setEstado(execution.getProcessBusinessKey(), "VIGENTE");
  }
}
