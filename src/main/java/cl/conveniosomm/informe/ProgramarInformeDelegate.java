package cl.conveniosomm.informe;

import cl.conveniosomm.proceso.Variables;
import cl.conveniosomm.system.texto.Fechas;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sets the next semester to report on and when its report opens ({@code finSemestre}). */
@Component("programarInforme")
public class ProgramarInformeDelegate implements JavaDelegate {

  static final String ULTIMO_PERIODO = "ultimoPeriodo";
  static final String PROXIMO_PERIODO = "proximoPeriodo";

  private final ProgramaInformes programa;

  public ProgramarInformeDelegate(ProgramaInformes programa) {
    this.programa = programa;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PeriodoInforme periodo =
        programa.siguiente(
            (String) execution.getVariable(ULTIMO_PERIODO),
            Fechas.leer(execution.getVariable(Variables.DECRETO_FECHA)),
            (String) execution.getVariable(Variables.COMUNA_CODIGO));
    execution.setVariable(PROXIMO_PERIODO, periodo.codigo());
    execution.setVariable(Variables.FIN_SEMESTRE, programa.apertura(periodo));
  }
}
