package cl.conveniosomm.notificacion.plantilla;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Formatos de fecha de los correos: dd-MM-yyyy y en palabras («martes 12 de enero de 2027»). */
final class Fechas {

  static final Locale ES_CL = Locale.forLanguageTag("es-CL");

  private static final DateTimeFormatter CORTA = DateTimeFormatter.ofPattern("dd-MM-yyyy", ES_CL);
  private static final DateTimeFormatter LARGA = DateTimeFormatter.ofPattern("EEEE d 'de' MMMM 'de' yyyy", ES_CL);

  private Fechas() {
  }

  static String corta(LocalDate fecha) {
    return fecha == null ? null : CORTA.format(fecha);
  }

  static String enPalabras(LocalDate fecha) {
    return fecha == null ? null : LARGA.format(fecha);
  }
}
