package cl.conveniosomm.decreto;

import java.security.SecureRandom;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The code printed on every page of a decreto, with which anyone finds it on the public
 * verification page: 12 characters of Crockford's base32 (60 random bits, not guessable), shown in
 * groups of four. Read forgivingly: lower case, spaces, dashes, O for 0 and I or L for 1.
 */
public final class CodigoVerificacion {

  private static final String ALFABETO = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  private static final int LARGO = 12;
  private static final Pattern VALIDO = Pattern.compile("[0-9A-HJKMNP-TV-Z]{" + LARGO + "}");
  private static final SecureRandom AZAR = new SecureRandom();

  private CodigoVerificacion() {}

  static String nuevo() {
    StringBuilder codigo = new StringBuilder(LARGO);
    for (int i = 0; i < LARGO; i++) {
      codigo.append(ALFABETO.charAt(AZAR.nextInt(ALFABETO.length())));
    }
    return codigo.toString();
  }

  /** As printed: «ABCD-EFGH-JKMN». */
  public static String impreso(String codigo) {
    return codigo.substring(0, 4) + "-" + codigo.substring(4, 8) + "-" + codigo.substring(8);
  }

  /** The code someone typed, as stored; empty when it cannot be one. */
  public static Optional<String> leer(String escrito) {
    if (escrito == null || escrito.length() > 40) {
      return Optional.empty();
    }
    String codigo =
        escrito
            .toUpperCase(java.util.Locale.ROOT)
            .replaceAll("[\\s-]", "")
            .replace('O', '0')
            .replace('I', '1')
            .replace('L', '1');
    return VALIDO.matcher(codigo).matches() ? Optional.of(codigo) : Optional.empty();
  }
}
