package cl.conveniosomm.system.texto;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as people read them here: dd-MM-yyyy and in words («martes 12 de enero de 2027»). */
public final class Fechas {

  public static final Locale ES_CL = Locale.forLanguageTag("es-CL");

  /** No document of a convenio is older: the business-day calendar starts here too. */
  public static final LocalDate MINIMA = LocalDate.of(2000, 1, 1);

  private static final DateTimeFormatter CORTA = DateTimeFormatter.ofPattern("dd-MM-yyyy", ES_CL);
  private static final DateTimeFormatter LARGA = DateTimeFormatter.ofPattern("EEEE d 'de' MMMM 'de' yyyy", ES_CL);

  private Fechas() {
  }

  public static String corta(LocalDate fecha) {
    return fecha == null ? null : CORTA.format(fecha);
  }

  /**
   * A submitted date: a {@code yyyy-MM-dd} string (Camunda Forms; a longer ISO date-time is cut to its
   * date), a {@link java.util.Date} (read in America/Santiago) or a LocalDate; null when blank.
   *
   * @throws java.time.format.DateTimeParseException when the text is not a date
   */
  public static LocalDate leer(Object valor) {
    if (valor == null || valor.toString().isBlank()) {
      return null;
    }
    if (valor instanceof java.util.Date date) {
      return LocalDate.ofInstant(date.toInstant(), java.time.ZoneId.of("America/Santiago"));
    }
    if (valor instanceof LocalDate localDate) {
      return localDate;
    }
    String texto = valor.toString().trim();
    return LocalDate.parse(texto.length() > 10 ? texto.substring(0, 10) : texto);
  }

  public static String enPalabras(LocalDate fecha) {
    return fecha == null ? null : LARGA.format(fecha);
  }
}
