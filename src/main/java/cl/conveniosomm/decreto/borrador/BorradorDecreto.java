package cl.conveniosomm.decreto.borrador;

import java.util.List;

/**
 * The text of a decreto approving a convenio, as the Secretaría would type it: heading, VISTOS Y
 * CONSIDERANDO, the DECRETO points, closing, signature blocks and distribution.
 *
 * @param numero the decreto's N°, or null while it is a draft
 * @param fecha its date in words, or null while it is a draft
 * @param vistos the citations, without their separators; {@link #parrafoVistos()} joins them as the
 *     act prints them
 * @param referencia the reference-initials line («RJJ/LMV/MRS/mscg.»), or null
 * @param codigoVerificacion the code printed on each page to verify it publicly, or null
 */
public record BorradorDecreto(
    String comuna,
    String numero,
    String fecha,
    List<String> vistos,
    List<String> puntos,
    String cierre,
    List<Firma> firmas,
    List<String> distribucion,
    String referencia,
    String codigoVerificacion) {

  public BorradorDecreto conCodigoVerificacion(String codigo) {
    return new BorradorDecreto(
        comuna, numero, fecha, vistos, puntos, cierre, firmas, distribucion, referencia, codigo);
  }

  /** A signature block: the name over the post. */
  public record Firma(String nombre, String cargo) {}

  /**
   * The VISTOS as one paragraph: «El Ord. …; el Ord. …; … y en uso de las atribuciones que me
   * confiere la Ley.»
   */
  public String parrafoVistos() {
    String texto = String.join("; ", vistos) + ".";
    return Character.toUpperCase(texto.charAt(0)) + texto.substring(1);
  }
}
