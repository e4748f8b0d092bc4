package cl.conveniosomm.informe;

import cl.conveniosomm.plazo.calendario.CalendarioService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When the reports fall due (README, «Deadlines, reminders and email»): semesters follow the
 * calendar, the first one covers from vigencia to the end of its semester, and each report is due a
 * number of días hábiles after its semester ends (default 10); the Informe Final a number after
 * término (default 20).
 */
@Component
public class CalendarioInformes {

  private final CalendarioService calendario;
  private final int diasSemestral;
  private final int diasFinal;

  public CalendarioInformes(
      CalendarioService calendario,
      @Value("${omm.informes.dias-semestral:10}") int diasSemestral,
      @Value("${omm.informes.dias-final:20}") int diasFinal) {
    this.calendario = calendario;
    this.diasSemestral = diasSemestral;
    this.diasFinal = diasFinal;
  }

  /** The semester containing {@code desde}, reported from {@code desde}. */
  public PeriodoInforme semestre(LocalDate desde, String comuna) {
    boolean primero = desde.getMonthValue() <= 6;
    LocalDate hasta =
        primero ? LocalDate.of(desde.getYear(), 6, 30) : LocalDate.of(desde.getYear(), 12, 31);
    return new PeriodoInforme(
        desde.getYear() + "-" + (primero ? 1 : 2),
        desde,
        hasta,
        calendario.addDiasHabiles(hasta, diasSemestral, comuna));
  }

  /** The semester after {@code anterior}. */
  public PeriodoInforme siguiente(PeriodoInforme anterior, String comuna) {
    return semestre(anterior.hasta().plusDays(1), comuna);
  }

  /**
   * Every semestral report of a convenio in force from {@code vigencia} whose semester ended by
   * {@code hasta}.
   */
  public List<PeriodoInforme> semestrales(LocalDate vigencia, LocalDate hasta, String comuna) {
    List<PeriodoInforme> periodos = new ArrayList<>();
    for (PeriodoInforme periodo = semestre(vigencia, comuna);
        !periodo.hasta().isAfter(hasta);
        periodo = siguiente(periodo, comuna)) {
      periodos.add(periodo);
    }
    return periodos;
  }

  public LocalDate venceInformeFinal(LocalDate termino, String comuna) {
    return calendario.addDiasHabiles(termino, diasFinal, comuna);
  }
}
