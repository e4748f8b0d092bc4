package cl.conveniosomm.decreto.firma;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import cl.conveniosomm.decreto.CodigoVerificacion;
import cl.conveniosomm.decreto.DecretoFirmaRepository;
import cl.conveniosomm.documento.DocumentoService;
import cl.conveniosomm.documento.TipoDocumento;
import cl.conveniosomm.support.DecretosFirmados;
import cl.conveniosomm.support.DemoApplicationTest;
import cl.conveniosomm.support.RawHttpClient;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Anyone checks a signed decreto without logging in, and only that: what the validator reads,
 * nothing stored, bad files told in Spanish; the door opens nothing else of the app.
 */
class VerificacionPublicaTest extends DemoApplicationTest {

  @Autowired DecretoFirmaRepository registro;
  @Autowired DocumentoService documentos;

  private static final String RUTA = "/publico/verificacion";

  @Test
  void withoutLoggingInAnyoneSeesWhoSignedWhenAndThatNothingChanged() {
    HttpResponse<String> respuesta =
        http().upload(RUTA, "decreto.pdf", DecretosFirmados.porAmbos(), "application/pdf");

    assertThat(respuesta.statusCode()).as(respuesta.body()).isEqualTo(200);
    assertThat(respuesta.body())
        .contains("\"firmante\":\"" + DecretosFirmados.ALCALDE + "\"")
        .contains("\"firmante\":\"" + DecretosFirmados.SECRETARIO + "\"")
        .contains("Las 2 firmas son válidas y el documento no ha cambiado desde la última.")
        .doesNotContain("\"valida\":false");
    assertThat(respuesta.body().indexOf(DecretosFirmados.ALCALDE))
        .isLessThan(respuesta.body().indexOf(DecretosFirmados.SECRETARIO));
  }

  @Test
  void aTamperedCopyIsSaidToBeAltered() {
    HttpResponse<String> respuesta =
        http().upload(RUTA, "decreto.pdf", DecretosFirmados.adulterado(), "application/pdf");

    assertThat(respuesta.statusCode()).isEqualTo(200);
    assertThat(respuesta.body())
        .contains("Al menos una firma no es válida")
        .contains("\"valida\":false");
  }

  @Test
  void anUnsignedDecretoHasNoSignatures() {
    assertThat(
            http()
                .upload(RUTA, "decreto.pdf", DecretosFirmados.sinFirmar(), "application/pdf")
                .body())
        .contains("El documento no tiene firmas electrónicas.");
  }

  @Test
  void aFileThatIsNotAPdfOrNoFileIsToldInSpanish() {
    HttpResponse<String> texto =
        http().upload(RUTA, "decreto.pdf", "no soy un PDF".getBytes(), "application/pdf");
    HttpResponse<String> vacio = http().upload(RUTA, "decreto.pdf", new byte[0], "application/pdf");

    assertThat(texto.statusCode()).isEqualTo(400);
    assertThat(texto.body()).contains("no es un PDF");
    assertThat(vacio.statusCode()).isEqualTo(400);
    assertThat(vacio.body()).contains("Elija el PDF");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"/publico/verificacion/", "/PUBLICO/verificacion", "/publico/%76erificacion"})
  void otherSpellingsOfTheDoorVerifyNothing(String ruta) {
    HttpResponse<String> respuesta =
        http().upload(ruta, "decreto.pdf", DecretosFirmados.porAmbos(), "application/pdf");

    // refused, as any other path of the app without a session and its CSRF token
    assertThat(respuesta.statusCode()).as(respuesta.body()).isIn(400, 401, 403, 404);
    assertThat(respuesta.body()).doesNotContain("firmante");
  }

  @Test
  void anOversizedFileIsRefusedAndTheDoorStillWorks() {
    String limite = "----limite";
    String cuerpo =
        "--"
            + limite
            + "\r\nContent-Disposition: form-data; name=\"archivo\"; filename=\"enorme.pdf\""
            + "\r\nContent-Type: application/pdf\r\n\r\n"
            + "0".repeat(26 * 1024 * 1024);

    RawHttpClient cliente = new RawHttpClient("127.0.0.1", port);

    // Tomcat stops reading past the limit: the refusal is a 413 in Spanish, or a closed
    // connection when the client is still sending (the page checks the size before sending)
    try {
      RawHttpClient.Response respuesta =
          cliente.send(
              "POST", RUTA, cuerpo, "Content-Type", "multipart/form-data; boundary=" + limite);
      assertThat(respuesta.status()).isEqualTo(413);
      assertThat(respuesta.body()).contains("MB");
    } catch (java.io.UncheckedIOException cerrada) {
      assertThat(cerrada).hasRootCauseInstanceOf(java.net.SocketException.class);
    }
    assertThat(
            http()
                .upload(RUTA, "decreto.pdf", DecretosFirmados.porAmbos(), "application/pdf")
                .statusCode())
        .isEqualTo(200);
  }

  @Test
  void theCodePrintedOnTheDecretoFindsItsSignedVersionAndItsDownload() {
    String convenio = "CONV-CODIGO-" + System.nanoTime();
    String codigo = registro.codigo(convenio);
    documentos.guardar(
        convenio,
        TipoDocumento.DECRETO_FIRMADO,
        "decreto-firmado.pdf",
        DecretosFirmados.porAmbos(),
        "secretaria");
    String comoSeEscribe =
        CodigoVerificacion.impreso(codigo).toLowerCase(java.util.Locale.ROOT).replace("-", " - ");

    HttpResponse<String> respuesta =
        http().get(RUTA + "?codigo=" + java.net.URLEncoder.encode(comoSeEscribe, UTF_8));
    HttpResponse<byte[]> descarga = http().download("/publico/decreto?codigo=" + codigo);

    assertThat(respuesta.statusCode()).as(respuesta.body()).isEqualTo(200);
    assertThat(respuesta.body())
        .contains(DecretosFirmados.SECRETARIO)
        .contains("Las 2 firmas son válidas")
        .contains(DocumentoService.sha256(DecretosFirmados.porAmbos()))
        .contains("/publico/decreto?codigo=" + codigo);
    assertThat(descarga.statusCode()).isEqualTo(200);
    assertThat(descarga.body()).isEqualTo(DecretosFirmados.porAmbos());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "ABC", "7K2M-9QXR-4TDU", "7K2M-9QXR-4TDA-0000", "' OR 1=1 --"})
  void aCodeThatIsNotOneIsToldInSpanishAndFindsNothing(String codigo) {
    HttpResponse<String> respuesta =
        http().get(RUTA + "?codigo=" + java.net.URLEncoder.encode(codigo, UTF_8));
    HttpResponse<byte[]> descarga =
        http().download("/publico/decreto?codigo=" + java.net.URLEncoder.encode(codigo, UTF_8));

    assertThat(respuesta.statusCode()).isEqualTo(400);
    assertThat(respuesta.body()).contains("Escriba el código de verificación");
    assertThat(descarga.statusCode()).isEqualTo(400);
  }

  @Test
  void aWellFormedCodeOfNoSignedDecretoIsNotFound() {
    String sinFirmar = registro.codigo("CONV-SIN-FIRMA-" + System.nanoTime());

    HttpResponse<String> desconocido = http().get(RUTA + "?codigo=0000-0000-0000");
    HttpResponse<String> aunSinFirmar = http().get(RUTA + "?codigo=" + sinFirmar);

    assertThat(desconocido.statusCode()).isEqualTo(404);
    assertThat(desconocido.body())
        .contains("No hay un decreto firmado con el código 0000-0000-0000");
    assertThat(aunSinFirmar.statusCode()).isEqualTo(404);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/publico/decreto/", "/PUBLICO/decreto", "/publico/%64ecreto"})
  void otherSpellingsOfTheDownloadGiveNothing(String ruta) {
    String convenio = "CONV-GRAFIA-" + System.nanoTime();
    String codigo = registro.codigo(convenio);
    documentos.guardar(
        convenio,
        TipoDocumento.DECRETO_FIRMADO,
        "d.pdf",
        DecretosFirmados.porAmbos(),
        "secretaria");

    HttpResponse<byte[]> descarga = http().download(ruta + "?codigo=" + codigo);

    assertThat(descarga.statusCode()).isIn(400, 401, 403, 404);
    assertThat(descarga.body()).isNotEqualTo(DecretosFirmados.porAmbos());
  }

  @ParameterizedTest
  @ValueSource(strings = {"/publico/otra", "/publico/verificacion/../../api/plazos", "/api/plazos"})
  void theDoorOpensNothingElse(String ruta) {
    assertThat(http().get(ruta).statusCode()).isIn(400, 401, 404);
  }
}
