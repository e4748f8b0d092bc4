package cl.conveniosomm.decreto.borrador;

import java.util.List;

/**
 * The text of a decreto approving a convenio, as the Secretaría would type it: heading, VISTOS Y
 * CONSIDERANDO, the DECRETO points, closing, signature blocks and distribution.
 *
 * @param numero the decreto's N°, or null while it is a draft
 * @param fecha  its date in words, or null while it is a draft
 */
public record BorradorDecreto(String comuna, String numero, String fecha, List<String> vistos, List<String> puntos,
    List<String> distribucion) {
}
