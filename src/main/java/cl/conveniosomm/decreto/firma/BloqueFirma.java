package cl.conveniosomm.decreto.firma;

import java.util.List;

/**
 * The visible signature block on the decreto's last page: who signs, as what, the decreto it
 * belongs to and the code that verifies it. {@code orden} is the signature's place (1 for the
 * Alcalde, 2 for the ministro de fe), so that the blocks sit side by side.
 */
public record BloqueFirma(
    int orden, String firmante, String cargo, String decreto, String codigoVerificacion) {

  List<String> lineas(String momento) {
    return List.of(
        "Firmado electrónicamente por",
        firmante,
        cargo,
        decreto,
        momento,
        "Código de verificación: " + codigoVerificacion);
  }
}
