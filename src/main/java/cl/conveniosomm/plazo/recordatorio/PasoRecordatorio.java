package cl.conveniosomm.plazo.recordatorio;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One step of a deadline's reminder ladder: the n-th reminder (from 1), the día hábil it goes out,
 * its kind, and días hábiles before (positive) or after (negative) the due date.
 */
public record PasoRecordatorio(
    int numero, LocalDate fecha, Instant instante, Tipo tipo, int diasHabiles) {

  public enum Tipo {
    PREVIO,
    DIA,
    VENCIDO
  }

  /** Overdue notices copy the DIDECO director, the Alcaldía and SERNAMEG's contraparte. */
  public boolean escalado() {
    return tipo == Tipo.VENCIDO;
  }
}
