package cl.conveniosomm.informe;

import cl.conveniosomm.proceso.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sends the submitted report to SERNAMEG's contraparte técnica, the convenio's channel for it. */
@Component("enviarInforme")
public class EnviarInformeDelegate implements JavaDelegate {

  private final EnvioInforme envio;

  public EnviarInformeDelegate(EnvioInforme envio) {
    this.envio = envio;
  }

  @Override
  public void execute(DelegateExecution execution) {
    envio.enviar(
        execution.getProcessBusinessKey(),
        TipoInforme.valueOf((String) execution.getVariable(Variables.TIPO_INFORME)),
        (String) execution.getVariable(Variables.PERIODO_CODIGO),
        (String) execution.getVariable(Variables.PERIODO_NOMBRE),
        String.valueOf(execution.getVariable(Variables.COMUNA)),
        (String) execution.getVariable(Variables.INFORME_RESUMEN),
        (String) execution.getVariable(Variables.CONTRAPARTE_EMAIL));
  }
}
