package cl.conveniosomm.plazo;

import cl.conveniosomm.municipio.catalogo.SedesSernameg;
import cl.conveniosomm.plazo.calendario.CalendarioService;
import cl.conveniosomm.system.engine.Reloj;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Días hábiles in BPMN expressions: due dates and timer dates such as {@code
 * camunda:dueDate="${diasHabiles(5, comunaCodigo)}"} (end of the 5th día hábil from today, engine
 * clock, America/Santiago) or {@code ${diasHabilesDesde(fecha, -3, comunaCodigo)}}; SERNAMEG's
 * tasks count in its regional office's comuna, {@code sedeSernameg(comunaCodigo)} (docs/plazos.md).
 * JUEL functions are static, so the plugin hands them the calendar when the engine starts.
 */
@Component
public class DiasHabilesPlugin extends AbstractProcessEnginePlugin {

  private static final LocalTime FIN_DEL_DIA = LocalTime.of(23, 59, 59);
  private static volatile CalendarioService calendario;
  private static volatile SedesSernameg sedes;

  public DiasHabilesPlugin(CalendarioService calendario, SedesSernameg sedes) {
    DiasHabilesPlugin.calendario = calendario;
    DiasHabilesPlugin.sedes = sedes;
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    try {
      configuration
          .getExpressionManager()
          .addFunction(
              "diasHabiles",
              DiasHabilesPlugin.class.getMethod("diasHabiles", Integer.class, String.class));
      configuration
          .getExpressionManager()
          .addFunction(
              "sedeSernameg", DiasHabilesPlugin.class.getMethod("sedeSernameg", String.class));
      configuration
          .getExpressionManager()
          .addFunction(
              "diasHabilesDesde",
              DiasHabilesPlugin.class.getMethod(
                  "diasHabilesDesde", Date.class, Integer.class, String.class));
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The comuna whose calendar counts a deadline SERNAMEG must meet for a convenio of {@code
   * comunaCodigo}: its Dirección Regional's ({@code ${diasHabiles(5,
   * sedeSernameg(comunaCodigo))}}).
   */
  public static String sedeSernameg(String comunaCodigo) {
    return sedes.sedeDe(comunaCodigo);
  }

  /** The end of the n-th día hábil after today in the comuna (blank: national holidays only). */
  public static Date diasHabiles(Integer dias, String comunaCodigo) {
    return diasHabilesDesde(ClockUtil.getCurrentTime(), dias, comunaCodigo);
  }

  public static Date diasHabilesDesde(Date desde, Integer dias, String comunaCodigo) {
    LocalDate inicio = LocalDate.ofInstant(desde.toInstant(), Reloj.ZONA);
    LocalDate vence = calendario.addDiasHabiles(inicio, dias, blankToNull(comunaCodigo));
    return Date.from(vence.atTime(FIN_DEL_DIA).atZone(Reloj.ZONA).toInstant());
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
