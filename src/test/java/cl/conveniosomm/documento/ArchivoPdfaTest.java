package cl.conveniosomm.documento;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cl.conveniosomm.decreto.Antecedente;
import cl.conveniosomm.decreto.AntecedenteService;
import cl.conveniosomm.decreto.borrador.BorradorDecreto;
import cl.conveniosomm.decreto.borrador.DocumentoDecreto;
import cl.conveniosomm.expediente.ExpedienteService;
import cl.conveniosomm.expediente.ExpedienteService.FilaTarea;
import cl.conveniosomm.proceso.Procesos;
import cl.conveniosomm.support.BorradoresDePrueba;
import cl.conveniosomm.support.DemoApplicationTest;
import cl.conveniosomm.support.HttpClientSupport;
import cl.conveniosomm.support.Pdf;
import cl.conveniosomm.support.Registro;
import cl.conveniosomm.system.texto.PdfArchivo;
import cl.conveniosomm.system.texto.ValidadorPdfA;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.xmpbox.XMPMetadata;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The records the system prints are archival: the decreto (from the shipped template and from an
 * operator's that asks for fonts nobody ships) and the expediente's index are PDF/A-2b as veraPDF
 * judges them, every font embedded, XMP with part 2, title, author and creation date, and a trailer
 * `qpdf --check` accepts. The index tells, in Santiago's time and in Spanish, who did each task and
 * for which group.
 */
class ArchivoPdfaTest extends DemoApplicationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** 18:37 in Santiago, summer time (UTC−3): the lawyer's example. */
  private static final Instant REVISADO = Instant.parse("2026-12-01T21:37:08.086Z");

  private static final BorradorDecreto BORRADOR = BorradoresDePrueba.LA_SERENA;

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ExpedienteService expedientes;
  @Autowired AntecedenteService antecedentes;

  @AfterEach
  void relojReal() {
    ClockUtil.reset();
  }

  @Test
  void theDecretoIsAnArchivalRecord() throws Exception {
    byte[] pdf = new DocumentoDecreto("", "https://convenios.laserena.cl").pdf(BORRADOR);

    assertArchival(pdf, "Decreto alcaldicio", "Ilustre Municipalidad de La Serena");
  }

  @Test
  void aDecretoFromAnOperatorsTemplateAskingForOtherFontsIsStillArchival(@TempDir Path carpeta)
      throws Exception {
    Path plantilla = carpeta.resolve("decreto.html");
    Files.writeString(
        plantilla,
        """
        <!DOCTYPE html>
        <html xmlns:th="http://www.thymeleaf.org" lang="es">
        <head><meta charset="UTF-8" /><title>Decreto de la Municipalidad</title>
        <meta name="author" th:content="'Ilustre Municipalidad de ' + ${d.comuna}" />
        <style>body { font-family: Times; } h1 { font-family: Helvetica; } .ref { font-family: Courier; }
        td { font-family: 'Comic Sans MS'; }</style></head>
        <body><h1 th:text="${#strings.toUpperCase(d.comuna)}">COMUNA</h1>
        <p th:text="${d.parrafoVistos()}">vistos</p>
        <ul><li th:each="p : ${d.puntos}" th:text="${p}">punto</li></ul>
        <table><tr th:each="f : ${d.firmas}"><td th:text="${f.nombre}">n</td><td><i th:text="${f.cargo}">c</i></td></tr></table>
        <p class="ref" th:text="${d.referencia}">ref</p></body></html>
        """,
        StandardCharsets.UTF_8);

    byte[] pdf = new DocumentoDecreto(plantilla.toString(), "").pdf(BORRADOR);

    assertArchival(pdf, "Decreto de la Municipalidad", "Ilustre Municipalidad de La Serena");
  }

  @Test
  void theExpedientesIndexIsArchivalAndTellsWhoDidEachTaskForWhichGroupInSantiagoTime()
      throws Exception {
    ClockUtil.setCurrentTime(Date.from(REVISADO.minusSeconds(8 * 3600)));
    Map<String, Object> registro = Registro.otraComuna();
    String convenio = registrar("dideco", registro);
    HttpResponse<String> subido =
        http()
            .upload(
                "/api/convenios/" + convenio + "/documentos/CONVENIO_FIRMADO",
                "convenio.pdf",
                Pdf.de("convenio"),
                "application/pdf",
                "Authorization",
                HttpClientSupport.basic("dideco", "demo"));
    assertThat(subido.statusCode()).as(subido.body()).isEqualTo(201);
    // completed from the group's tray without claiming it: only the operation log knows who
    completar(
        "dideco",
        tarea(convenio, "Task_SolicitarRevision"),
        Map.of("didecoOrdNumero", "4309", "didecoOrdFecha", "04-10-2016"));
    String revision = tarea(convenio, "Task_RevisarConvenio");
    ClockUtil.setCurrentTime(Date.from(REVISADO));
    assertThat(
            http()
                .postJsonAs(
                    "juridica",
                    "demo",
                    "/engine-rest/task/" + revision + "/claim",
                    "{\"userId\":\"juridica\"}")
                .statusCode())
        .isEqualTo(204);
    completar(
        "juridica",
        revision,
        Map.of(
            "juridicaOrdNumero",
            "05-749",
            "juridicaOrdFecha",
            "26-12-2016",
            "revisionJuridica",
            "CONFORME"));

    assertThat(expedientes.tareas(convenio))
        .extracting(
            FilaTarea::tarea,
            FilaTarea::quien,
            FilaTarea::grupo,
            FilaTarea::cuando,
            FilaTarea::resultado)
        .containsExactly(
            tuple(
                "Solicitar revisión del convenio",
                "dideco",
                "dideco",
                "1 de diciembre de 2026, 10:37",
                "completada"),
            tuple(
                "Revisar convenio",
                "juridica",
                "asesoria-juridica",
                "1 de diciembre de 2026, 18:37",
                "conforme"));
    assertThat(antecedentes.deConvenio(convenio))
        .as("the registration's and each step's, by who did it")
        .hasSize(4)
        .extracting(Antecedente::registradoPor)
        .containsOnly("dideco", "juridica")
        .filteredOn("juridica"::equals)
        .hasSize(1);

    HttpResponse<byte[]> zip =
        http().downloadAs("dideco", "demo", "/api/convenios/" + convenio + "/expediente.zip");
    assertThat(zip.statusCode()).isEqualTo(200);
    byte[] indice = entrada(zip.body(), "indice.pdf");
    assertArchival(
        indice,
        "Expediente electrónico del convenio " + convenio,
        "Ilustre Municipalidad de " + registro.get("comuna"));
    String texto;
    try (PDDocument pdf = Loader.loadPDF(indice)) {
      texto = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
    }
    assertThat(texto)
        .contains(
            "1 de diciembre de 2026, 18:37",
            "1 de diciembre de 2026, 10:37",
            "juridica",
            "asesoria-juridica")
        .doesNotContain("sin asignar", "sistema", "2026-12-01T", "2016-10-04");
    // a narrow cell wraps a date after its hyphen when the text is extracted
    assertThat(texto.replace("- ", "-")).contains("04-10-2016", "26-12-2016");
  }

  /**
   * veraPDF passes it as PDF/A-2b, every font is embedded, and what `pdfinfo -meta` and `qpdf
   * --check` see.
   */
  private static void assertArchival(byte[] pdf, String titulo, String autor) throws Exception {
    assertThat(ValidadorPdfA.incumplimientos(pdf)).as("veraPDF, PDF/A-2b").isEmpty();
    assertThat(PdfArchivo.fuentes(pdf)).isNotEmpty().allMatch(PDFont::isEmbedded);
    XMPMetadata xmp = PdfArchivo.xmp(pdf);
    assertThat(xmp.getPDFAIdentificationSchema().getPart()).isEqualTo(2);
    assertThat(xmp.getPDFAIdentificationSchema().getConformance()).isEqualTo("B");
    assertThat(xmp.getDublinCoreSchema().getTitle()).isEqualTo(titulo);
    assertThat(xmp.getDublinCoreSchema().getCreators()).containsExactly(autor);
    assertThat(xmp.getXMPBasicSchema().getCreateDate().toInstant())
        .isBetween(Instant.now().minusSeconds(300), Instant.now());
    long[] tamano = PdfArchivo.tamanoDeclaradoYContado(pdf);
    assertThat(tamano[0])
        .as("trailer /Size, one plus the highest object number")
        .isEqualTo(tamano[1]);
  }

  private String registrar(String usuario, Map<String, Object> registro) throws IOException {
    HttpResponse<String> inicio =
        http()
            .postJsonAs(
                usuario,
                "demo",
                "/engine-rest/process-definition/key/" + Procesos.CONVENIO_OMM + "/start",
                JSON.writeValueAsString(Map.of("variables", variables(registro))));
    assertThat(inicio.statusCode()).as(inicio.body()).isEqualTo(200);
    return runtimeService
        .createProcessInstanceQuery()
        .processInstanceId(JSON.readTree(inicio.body()).path("id").asText())
        .singleResult()
        .getBusinessKey();
  }

  private void completar(String usuario, String tarea, Map<String, Object> valores)
      throws IOException {
    HttpResponse<String> respuesta =
        http()
            .postJsonAs(
                usuario,
                "demo",
                "/engine-rest/task/" + tarea + "/complete",
                JSON.writeValueAsString(Map.of("variables", variables(valores))));
    assertThat(respuesta.statusCode()).as(respuesta.body()).isEqualTo(204);
  }

  private String tarea(String convenio, String definicion) {
    return taskService
        .createTaskQuery()
        .processInstanceBusinessKey(convenio)
        .taskDefinitionKey(definicion)
        .singleResult()
        .getId();
  }

  private static Map<String, Object> variables(Map<String, Object> valores) {
    Map<String, Object> variables = new LinkedHashMap<>();
    valores.forEach(
        (nombre, valor) -> variables.put(nombre, Map.of("value", valor, "type", "String")));
    return variables;
  }

  private static byte[] entrada(byte[] zip, String nombre) throws IOException {
    try (ZipInputStream entradas = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entrada = entradas.getNextEntry();
          entrada != null;
          entrada = entradas.getNextEntry()) {
        if (entrada.getName().equals(nombre)) {
          return entradas.readAllBytes();
        }
      }
    }
    throw new AssertionError("El expediente no trae " + nombre);
  }
}
