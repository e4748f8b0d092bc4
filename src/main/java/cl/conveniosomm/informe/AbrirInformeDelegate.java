package cl.conveniosomm.informe;

import cl.conveniosomm.proceso.Variables;
import cl.conveniosomm.system.texto.Fechas;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The semester ended: its Informe Semestral de Avance is now due. */
@Component("abrirInforme")
public class AbrirInformeDelegate implements JavaDelegate {

  private final ProgramaInformes programa;

  public AbrirInformeDelegate(ProgramaInformes programa) {
    this.programa = programa;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String comuna = (String) execution.getVariable(Variables.COMUNA_CODIGO);
    String anterior = (String) execution.getVariable(ProgramarInformeDelegate.ULTIMO_PERIODO);
    PeriodoInforme periodo =
        programa.siguiente(
            anterior, Fechas.leer(execution.getVariable(Variables.DECRETO_FECHA)), comuna);
    programa.abrir(
        execution.getProcessBusinessKey(),
        TipoInforme.SEMESTRAL,
        periodo.codigo(),
        periodo.nombre(),
        periodo.vence(),
        execution.getVariables());
    execution.setVariable(ProgramarInformeDelegate.ULTIMO_PERIODO, periodo.codigo());
  }
}
