package cl.conveniosomm.informe;

import cl.conveniosomm.proceso.Variables;
import cl.conveniosomm.system.engine.Reloj;
import cl.conveniosomm.system.texto.Fechas;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** After término: the Informe Final's variables for its call, due 20 días hábiles after término. */
@Component("prepararInformeFinal")
public class PrepararInformeFinalDelegate implements JavaDelegate {

  private final ProgramaInformes programa;

  public PrepararInformeFinalDelegate(ProgramaInformes programa) {
    this.programa = programa;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate termino = Fechas.leer(execution.getVariable(Variables.TERMINO_FECHA));
    LocalDate vence =
        programa.venceInformeFinal(
            termino, (String) execution.getVariable(Variables.COMUNA_CODIGO));
    execution.setVariable(Variables.TIPO_INFORME, TipoInforme.FINAL.name());
    execution.setVariable(Variables.PERIODO_CODIGO, "final");
    execution.setVariable(Variables.PERIODO_NOMBRE, "término del convenio");
    execution.setVariable(
        Variables.VENCE_INFORME,
        Date.from(vence.atTime(23, 59, 59).atZone(Reloj.ZONA).toInstant()));
  }
}
