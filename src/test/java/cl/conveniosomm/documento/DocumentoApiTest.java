package cl.conveniosomm.documento;

import static org.assertj.core.api.Assertions.assertThat;

import cl.conveniosomm.proceso.Procesos;
import cl.conveniosomm.support.DemoApplicationTest;
import cl.conveniosomm.support.HttpClientSupport;
import cl.conveniosomm.support.Pdf;
import cl.conveniosomm.support.Registro;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Documents are stored whole, versioned and checksummed; anything that is not a proper PDF is
 * refused.
 */
class DocumentoApiTest extends DemoApplicationTest {

  private static final String DIDECO = HttpClientSupport.basic("dideco", "demo");

  @Autowired DocumentoService documentos;
  @Autowired RuntimeService runtimeService;

  private String registrado() {
    return runtimeService
        .startProcessInstanceByKey(Procesos.CONVENIO_OMM, Registro.otraComuna())
        .getBusinessKey();
  }

  @Test
  void aPdfIsStoredVersionedAndDownloadedIntact() {
    String convenio = "/api/convenios/" + registrado() + "/documentos";
    byte[] primero = Pdf.de("primera versión");
    byte[] segundo = Pdf.de("segunda versión, corregida");

    HttpResponse<String> subido =
        http()
            .upload(
                convenio + "/CONVENIO_FIRMADO",
                "convenio firmado.pdf",
                primero,
                "application/pdf",
                "Authorization",
                DIDECO);
    assertThat(subido.statusCode()).isEqualTo(201);
    assertThat(subido.body())
        .contains("\"version\":1")
        .contains("\"subidoPor\":\"dideco\"")
        .contains("\"sha256\":\"" + DocumentoService.sha256(primero) + "\"")
        .contains("\"tamano\":" + primero.length);
    assertThat(
            http()
                .upload(
                    convenio + "/CONVENIO_FIRMADO",
                    "convenio.pdf",
                    segundo,
                    "application/pdf",
                    "Authorization",
                    DIDECO)
                .body())
        .contains("\"version\":2");

    assertThat(http().getAs("dideco", "demo", convenio).body())
        .contains("\"version\":2")
        .contains("\"version\":1");
    HttpResponse<byte[]> descarga =
        http().downloadAs("alcalde", "demo", convenio + "/CONVENIO_FIRMADO/contenido");
    assertThat(descarga.statusCode()).isEqualTo(200);
    assertThat(descarga.body()).isEqualTo(segundo);
    assertThat(descarga.headers().firstValue("X-Content-SHA256"))
        .contains(DocumentoService.sha256(segundo));
  }

  @Test
  void badFilesAreRefusedInSpanishAndNothingIsStored() {
    String convenio = registrado();
    String url = "/api/convenios/" + convenio + "/documentos/CONVENIO_FIRMADO";

    HttpResponse<String> texto =
        http()
            .upload(
                url,
                "convenio.pdf",
                "no soy un pdf".getBytes(StandardCharsets.UTF_8),
                "application/pdf",
                "Authorization",
                DIDECO);
    assertThat(texto.statusCode()).isEqualTo(400);
    assertThat(texto.body()).contains("no es un PDF");
    HttpResponse<String> vacio =
        http().upload(url, "vacio.pdf", new byte[0], "application/pdf", "Authorization", DIDECO);
    assertThat(vacio.statusCode()).isEqualTo(400);
    assertThat(vacio.body()).contains("vacío");
    byte[] grande = new byte[21 * 1024 * 1024];
    System.arraycopy(Pdf.de("x"), 0, grande, 0, 5);
    HttpResponse<String> enorme =
        http().upload(url, "enorme.pdf", grande, "application/pdf", "Authorization", DIDECO);
    assertThat(enorme.statusCode()).isEqualTo(413);
    assertThat(enorme.body()).contains("20 MB");
    HttpResponse<String> tipo =
        http()
            .upload(
                "/api/convenios/" + convenio + "/documentos/RECETA",
                "x.pdf",
                Pdf.de("x"),
                "application/pdf",
                "Authorization",
                DIDECO);
    assertThat(tipo.statusCode()).isEqualTo(400);

    assertThat(documentos.deConvenio(convenio)).isEmpty();
  }

  @Test
  void onlyTheGroupThatIssuesADocumentUploadsIt() {
    String convenio = "/api/convenios/" + registrado() + "/documentos";
    HttpResponse<String> juridica =
        http()
            .upload(
                convenio + "/CONVENIO_FIRMADO",
                "c.pdf",
                Pdf.de("x"),
                "application/pdf",
                "Authorization",
                HttpClientSupport.basic("juridica", "demo"));

    assertThat(juridica.statusCode()).isEqualTo(403);
    assertThat(juridica.body()).contains("no sube");
    assertThat(http().get(convenio).statusCode()).isEqualTo(401);
  }

  @Test
  void aPersonLoggedInToTasklistUploadsFromTheDocumentPageWithItsCsrfToken() {
    HttpClientSupport browser = http();
    browser.webappLogin("tasklist", "dideco", "demo");

    assertThat(browser.get("/documentos.html", "Accept", "text/html").statusCode()).isEqualTo(200);
    assertThat(browser.get("/api/documentos/pendientes").statusCode()).isEqualTo(200);
    String url = "/api/convenios/" + registrado() + "/documentos/CONVENIO_FIRMADO";
    assertThat(browser.upload(url, "c.pdf", Pdf.de("x"), "application/pdf").statusCode())
        .isEqualTo(403);
    HttpResponse<String> conToken =
        browser.upload(
            url,
            "c.pdf",
            Pdf.de("x"),
            "application/pdf",
            "X-OMM-XSRF-TOKEN",
            browser.csrfCookie("OMM-XSRF-TOKEN"));
    assertThat(conToken.statusCode()).as(conToken.body()).isEqualTo(201);
  }

  @Test
  void aBrowserWithoutLoginIsSentToTheLoginPage() {
    HttpResponse<String> page = http().get("/documentos.html", "Accept", "text/html");

    assertThat(page.statusCode()).isEqualTo(302);
    assertThat(page.headers().firstValue("Location"))
        .hasValueSatisfying(v -> assertThat(v).contains("/camunda/app/tasklist"));
  }
}
