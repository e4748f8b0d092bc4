package cl.conveniosomm.system.texto;

/** Submitted values as text: trimmed, and short enough to quote back in a message. */
public final class Textos {

  private Textos() {}

  /** The value as trimmed text; empty for null. */
  public static String de(Object valor) {
    return valor == null ? "" : valor.toString().trim();
  }

  /** At most 40 characters of a value, to quote it in an error message. */
  public static String corto(String valor) {
    return valor.length() > 40 ? valor.substring(0, 40) + "…" : valor;
  }
}
