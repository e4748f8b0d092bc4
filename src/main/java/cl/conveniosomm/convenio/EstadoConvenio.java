package cl.conveniosomm.convenio;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Records the convenio's stage as the main process reaches it: {@code
 * camunda:expression="${estadoConvenio.marcar(execution, 'VIGENTE')}"}.
 */
@Component("estadoConvenio")
public class EstadoConvenio {

  private final ConvenioRepository convenios;

  public EstadoConvenio(ConvenioRepository convenios) {
    this.convenios = convenios;
  }

  public void marcar(DelegateExecution execution, String estado) {
    convenios.setEstado(execution.getProcessBusinessKey(), estado);
  }
}
