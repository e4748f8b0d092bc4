package cl.conveniosomm.system.security.ldap;

/**
 * A value inside an LDAP search filter (RFC 4515): the characters that would change the filter are
 * escaped, so a name typed in a search cannot widen it. A {@code %} stays: the plugin turns it into
 * the directory's wildcard, as the engine's {@code Like} criteria mean.
 */
final class FiltroLdap {

  private FiltroLdap() {}

  static String escapar(String valor) {
    StringBuilder escapado = new StringBuilder(valor.length());
    for (char caracter : valor.toCharArray()) {
      switch (caracter) {
        case '\\' -> escapado.append("\\5c");
        case '*' -> escapado.append("\\2a");
        case '(' -> escapado.append("\\28");
        case ')' -> escapado.append("\\29");
        case '\0' -> escapado.append("\\00");
        default -> escapado.append(caracter);
      }
    }
    return escapado.toString();
  }
}
