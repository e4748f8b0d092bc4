package cl.conveniosomm.decreto.firma;

import cl.conveniosomm.decreto.CodigoVerificacion;
import cl.conveniosomm.decreto.DecretoFirmaRepository;
import cl.conveniosomm.documento.Documento;
import cl.conveniosomm.documento.DocumentoService;
import cl.conveniosomm.documento.TipoDocumento;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * Anyone, without logging in, checks a signed decreto (the page {@code /verificar.html}): the file
 * she has, or the one the app keeps under the verification code printed on its pages; who signed
 * it, when, and whether it changed since, as the app's validator reads the file. Nothing is stored.
 */
@RestController
class VerificacionController {

  static final String RUTA = "/publico/verificacion";
  static final String DECRETO = "/publico/decreto";

  private static final DateTimeFormatter MOMENTO =
      DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss").withZone(ZoneId.of("America/Santiago"));

  private final VerificadorFirmas verificador = new VerificadorFirmas();
  private final DecretoFirmaRepository registro;
  private final DocumentoService documentos;

  VerificacionController(DecretoFirmaRepository registro, DocumentoService documentos) {
    this.registro = registro;
    this.documentos = documentos;
  }

  /** A signature as the page shows it. */
  record Firma(
      String firmante,
      String emisor,
      String momento,
      String motivo,
      boolean valida,
      boolean cubreTodo) {}

  /**
   * {@code sha256}: of the file checked, to compare with a copy; {@code descarga}: where the
   * decreto found by its code is downloaded (null for an uploaded file).
   */
  record Resultado(List<Firma> firmas, String conclusion, String sha256, String descarga) {}

  @PostMapping(RUTA)
  Resultado verificar(@RequestParam(name = "archivo", required = false) MultipartFile archivo) {
    if (archivo == null || archivo.isEmpty()) {
      throw new IllegalArgumentException("Elija el PDF del decreto que quiere verificar.");
    }
    try {
      return resultado(archivo.getBytes(), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The decreto that carries the verification code printed on its pages, as the app keeps it. */
  @GetMapping(RUTA)
  Resultado porCodigo(@RequestParam(name = "codigo", required = false) String codigo) {
    String leido = codigoLeido(codigo);
    return resultado(documentos.contenido(firmado(leido)), DECRETO + "?codigo=" + leido);
  }

  @GetMapping(DECRETO)
  ResponseEntity<byte[]> descargar(@RequestParam(name = "codigo", required = false) String codigo) {
    String leido = codigoLeido(codigo);
    Documento decreto = firmado(leido);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("decreto-" + leido + ".pdf")
                .build()
                .toString())
        .body(documentos.contenido(decreto));
  }

  private static String codigoLeido(String codigo) {
    return CodigoVerificacion.leer(codigo)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "Escriba el código de verificación tal como aparece al pie del decreto: 12"
                        + " letras y números, por ejemplo 7K2M-9QXR-4TDA."));
  }

  private Documento firmado(String codigo) {
    return registro
        .convenioDe(codigo)
        .flatMap(convenio -> documentos.vigente(convenio, TipoDocumento.DECRETO_FIRMADO, ""))
        .orElseThrow(
            () ->
                new ResponseStatusException(
                    HttpStatus.NOT_FOUND,
                    "No hay un decreto firmado con el código "
                        + CodigoVerificacion.impreso(codigo)
                        + ": revise el código, o el decreto aún no se firma."));
  }

  private Resultado resultado(byte[] pdf, String descarga) {
    List<FirmaVerificada> firmas = verificador.verificar(pdf);
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
        conclusion(firmas),
        DocumentoService.sha256(pdf),
        descarga);
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
