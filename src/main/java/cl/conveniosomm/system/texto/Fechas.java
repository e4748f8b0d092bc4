package cl.conveniosomm.system.texto;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as people read them here: dd-MM-yyyy and in words («martes 12 de enero de 2027»). */
public final class Fechas {

  public static final Locale ES_CL = Locale.forLanguageTag("es-CL");

  private static final DateTimeFormatter CORTA = DateTimeFormatter.ofPattern("dd-MM-yyyy", ES_CL);
  private static final DateTimeFormatter LARGA = DateTimeFormatter.ofPattern("EEEE d 'de' MMMM 'de' yyyy", ES_CL);

  private Fechas() {
  }

  public static String corta(LocalDate fecha) {
    return fecha == null ? null : CORTA.format(fecha);
  }

  public static String enPalabras(LocalDate fecha) {
    return fecha == null ? null : LARGA.format(fecha);
  }
}
