package cl.conveniosomm.ciclo;

import cl.conveniosomm.plazo.calendario.CalendarioService;
import cl.conveniosomm.proceso.Variables;
import cl.conveniosomm.system.engine.Reloj;
import cl.conveniosomm.system.texto.Fechas;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The next yearly ciclo de gestión: the first starts with vigencia, includes the diagnóstico and
 * its Plan anual is due {@code omm.ciclo.dias-primer-plan} días hábiles after vigencia (60); each
 * later one starts on 1 January, updates the diagnóstico only when the OMM chose to, and its plan
 * is due on 31 March.
 */
@Component("programarCiclo")
public class ProgramarCicloDelegate implements JavaDelegate {

  static final String ANIO = "anioCiclo";
  static final String INICIO = "inicioCiclo";
  static final String REQUIERE_DIAGNOSTICO = "requiereDiagnostico";
  static final String ACTUALIZAR_DIAGNOSTICO = "actualizarDiagnostico";
  static final String VENCE_PLAN = "vencePlan";

  private final CalendarioService calendario;
  private final int diasPrimerPlan;

  public ProgramarCicloDelegate(
      CalendarioService calendario, @Value("${omm.ciclo.dias-primer-plan:60}") int diasPrimerPlan) {
    this.calendario = calendario;
    this.diasPrimerPlan = diasPrimerPlan;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Integer anterior = (Integer) execution.getVariable(ANIO);
    String comuna = (String) execution.getVariable(Variables.COMUNA_CODIGO);
    LocalDate vigencia = Fechas.leer(execution.getVariable(Variables.DECRETO_FECHA));
    if (anterior == null) {
      execution.setVariable(ANIO, vigencia.getYear());
      execution.setVariable(INICIO, Date.from(vigencia.atStartOfDay(Reloj.ZONA).toInstant()));
      execution.setVariable(REQUIERE_DIAGNOSTICO, true);
      execution.setVariable(
          VENCE_PLAN, finDe(calendario.addDiasHabiles(vigencia, diasPrimerPlan, comuna)));
      return;
    }
    int anio = anterior + 1;
    execution.setVariable(ANIO, anio);
    execution.setVariable(
        INICIO, Date.from(LocalDate.of(anio, 1, 1).atStartOfDay(Reloj.ZONA).toInstant()));
    execution.setVariable(
        REQUIERE_DIAGNOSTICO, Boolean.TRUE.equals(execution.getVariable(ACTUALIZAR_DIAGNOSTICO)));
    execution.setVariable(VENCE_PLAN, finDe(LocalDate.of(anio, 3, 31)));
  }

  private static Date finDe(LocalDate dia) {
    return Date.from(dia.atTime(23, 59, 59).atZone(Reloj.ZONA).toInstant());
  }
}
