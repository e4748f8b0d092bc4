package cl.conveniosomm.plazo.calendario;

import java.util.regex.Pattern;

/**
 * Código Único Territorial (CUT) of a comuna: 5 digits, the first 2 being the region (01 to 16).
 */
final class CodigoComuna {

  private static final Pattern CINCO_DIGITOS = Pattern.compile("\\d{5}");

  private CodigoComuna() {}

  /** Returns {@code null} for no comuna (null or blank): only national holidays apply. */
  static String normalizar(String comuna) {
    if (comuna == null || comuna.isBlank()) {
      return null;
    }
    String codigo = comuna.strip();
    if (!CINCO_DIGITOS.matcher(codigo).matches() || !regionExiste(codigo)) {
      throw new IllegalArgumentException(
          "El código de comuna «"
              + codigo
              + "» no es válido: debe ser el código CUT de 5 dígitos, por ejemplo 04101 para La Serena.");
    }
    return codigo;
  }

  private static boolean regionExiste(String codigo) {
    int region = Integer.parseInt(codigo.substring(0, 2));
    return region >= 1 && region <= 16;
  }
}
