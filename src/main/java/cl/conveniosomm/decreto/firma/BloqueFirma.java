package cl.conveniosomm.decreto.firma;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The visible signature block on the decreto's last page: who signs, as what, the decreto it
 * belongs to and the code that verifies it. {@code orden} is the signature's place (1 for the
 * Alcalde, 2 for the ministro de fe), so that the blocks sit side by side.
 */
public record BloqueFirma(
    int orden, String firmante, String cargo, String decreto, String codigoVerificacion) {

  static final float ANCHO = 250;
  static final float ALTO = 92;
  private static final float MARGEN = 36;
  // above the page's foot, where the verification code is printed
  private static final float ALTURA = 80;
  private static final float SEPARACION = 12;
  private static final DateTimeFormatter MOMENTO =
      DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss 'hora de Chile'")
          .withZone(ZoneId.of("America/Santiago"));

  /** What the block says of a signature made at {@code momento}. */
  List<String> lineas(Instant momento) {
    return List.of(
        "Firmado electrónicamente por",
        firmante,
        cargo,
        decreto,
        MOMENTO.format(momento),
        "Código de verificación: " + codigoVerificacion);
  }

  /** Where it sits on the page, in points from the lower left corner. */
  PDRectangle rectangulo() {
    return new PDRectangle(MARGEN + (orden - 1) * (ANCHO + SEPARACION), ALTURA, ANCHO, ALTO);
  }
}
