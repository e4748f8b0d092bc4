package cl.conveniosomm.system.texto;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as people read and type them here: day first, dd-MM-yyyy, and in words («martes 12 de enero
 * de 2027»). Every date a person submits is read by {@link #leer}, the one place that decides what
 * it means.
 */
public final class Fechas {

  public static final Locale ES_CL = Locale.forLanguageTag("es-CL");

  /** No document of a convenio is older: the business-day calendar starts here too. */
  public static final LocalDate MINIMA = LocalDate.of(2000, 1, 1);

  private static final DateTimeFormatter MOMENTO =
      DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy, HH:mm", ES_CL);
  private static final DateTimeFormatter CORTA = DateTimeFormatter.ofPattern("dd-MM-yyyy", ES_CL);
  private static final DateTimeFormatter LARGA =
      DateTimeFormatter.ofPattern("EEEE d 'de' MMMM 'de' yyyy", ES_CL);

  /** How a person is asked to type a date, in forms and in messages. */
  public static final String FORMATO = "dd-mm-aaaa";

  /**
   * A date typed the Chilean way: day, month, year, separated by a hyphen or a slash (one kind).
   * The forms' pattern is the same, so Tasklist refuses the rest before sending.
   */
  private static final Pattern DIA_PRIMERO =
      Pattern.compile("([0-9]{1,2})([-/])([0-9]{1,2})\\2([0-9]{4})");

  private static final Pattern ISO = Pattern.compile("([0-9]{4})-([0-9]{2})-([0-9]{2})");

  private Fechas() {}

  /** A moment as people in Chile read it, in Santiago's time: «1 de diciembre de 2026, 18:37». */
  public static String momento(java.time.Instant instante) {
    return instante == null
        ? ""
        : MOMENTO.format(instante.atZone(cl.conveniosomm.system.engine.Reloj.ZONA));
  }

  public static String corta(LocalDate fecha) {
    return fecha == null ? null : CORTA.format(fecha);
  }

  /**
   * What is wrong with a document's date as people type it: in the future, or before {@link
   * #MINIMA} (a mistyped year). {@code cual} names the date («de suscripción») or is empty.
   */
  public static List<String> fueraDeRango(LocalDate fecha, LocalDate hoy, String cual) {
    String nombre = cual.isEmpty() ? corta(fecha) : cual + " (" + corta(fecha) + ")";
    List<String> problemas = new ArrayList<>();
    if (fecha.isAfter(hoy)) {
      problemas.add("La fecha " + nombre + " está en el futuro.");
    }
    if (fecha.isBefore(MINIMA)) {
      problemas.add(
          "La fecha " + nombre + " es anterior a " + MINIMA.getYear() + ": revise el año.");
    }
    return problemas;
  }

  /**
   * A submitted date; null when blank. Text is read day first, {@code dd-mm-aaaa} or {@code
   * dd/mm/aaaa} ({@code 04/11/2026} is 4 November, never 11 April); a {@code yyyy-MM-dd} string
   * (the REST and Java APIs, the variables of older instances; a longer ISO date-time is cut to its
   * date), a {@link java.util.Date} (read in America/Santiago) and a LocalDate are read as such.
   *
   * @throws DateTimeParseException (in Spanish) when the text is not a real calendar date
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
    Matcher diaPrimero = DIA_PRIMERO.matcher(texto);
    if (diaPrimero.matches()) {
      return delCalendario(texto, diaPrimero.group(4), diaPrimero.group(3), diaPrimero.group(1));
    }
    Matcher iso =
        ISO.matcher(
            texto.length() > 10 && texto.charAt(10) == 'T' ? texto.substring(0, 10) : texto);
    if (iso.matches()) {
      return delCalendario(texto, iso.group(1), iso.group(2), iso.group(3));
    }
    throw new DateTimeParseException(
        "«"
            + Textos.corto(texto)
            + "» no es una fecha: escríbala día-mes-año ("
            + FORMATO
            + "), por ejemplo 04-11-2026.",
        texto,
        0);
  }

  private static LocalDate delCalendario(String texto, String anio, String mes, String dia) {
    try {
      return LocalDate.of(Integer.parseInt(anio), Integer.parseInt(mes), Integer.parseInt(dia));
    } catch (DateTimeException e) {
      throw new DateTimeParseException(
          "«"
              + Textos.corto(texto)
              + "» no es una fecha del calendario: el día "
              + Integer.parseInt(dia)
              + " del mes "
              + Integer.parseInt(mes)
              + " de "
              + anio
              + " no existe.",
          texto,
          0,
          e);
    }
  }

  public static String enPalabras(LocalDate fecha) {
    return fecha == null ? null : LARGA.format(fecha);
  }
}
