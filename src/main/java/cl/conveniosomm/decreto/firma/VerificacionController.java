package cl.conveniosomm.decreto.firma;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Anyone, without logging in, checks a signed decreto (the page {@code /verificar.html}): who
 * signed it, when, and whether it changed since, as the app's validator reads the file. Nothing is
 * stored.
 */
@RestController
class VerificacionController {

  static final String RUTA = "/publico/verificacion";

  private static final DateTimeFormatter MOMENTO =
      DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss").withZone(ZoneId.of("America/Santiago"));

  private final VerificadorFirmas verificador = new VerificadorFirmas();

  /** A signature as the page shows it. */
  record Firma(
      String firmante,
      String emisor,
      String momento,
      String motivo,
      boolean valida,
      boolean cubreTodo) {}

  record Resultado(List<Firma> firmas, String conclusion) {}

  @PostMapping(RUTA)
  Resultado verificar(@RequestParam(name = "archivo", required = false) MultipartFile archivo) {
    if (archivo == null || archivo.isEmpty()) {
      throw new IllegalArgumentException("Elija el PDF del decreto que quiere verificar.");
    }
    List<FirmaVerificada> firmas;
    try {
      firmas = verificador.verificar(archivo.getBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Resultado(
        firmas.stream()
            .map(
                firma ->
                    new Firma(
                        firma.firmante(),
                        firma.emisor(),
                        firma.momento() == null ? "" : MOMENTO.format(firma.momento()),
                        firma.motivo(),
                        firma.valida(),
                        firma.cubreTodo()))
            .toList(),
        conclusion(firmas));
  }

  private static String conclusion(List<FirmaVerificada> firmas) {
    if (firmas.isEmpty()) {
      return "El documento no tiene firmas electrónicas.";
    }
    if (firmas.stream().anyMatch(firma -> !firma.valida())) {
      return "Al menos una firma no es válida: el documento fue alterado o la firma está dañada.";
    }
    if (!firmas.get(firmas.size() - 1).cubreTodo()) {
      return "Las firmas son válidas, pero el documento fue modificado después de la última firma.";
    }
    return firmas.size() == 1
        ? "La firma es válida y el documento no ha cambiado desde que se firmó."
        : "Las "
            + firmas.size()
            + " firmas son válidas y el documento no ha cambiado desde la última.";
  }
}
