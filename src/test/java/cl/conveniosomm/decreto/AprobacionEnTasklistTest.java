package cl.conveniosomm.decreto;

import static org.assertj.core.api.Assertions.assertThat;

import cl.conveniosomm.notificacion.correo.MensajeSaliente;
import cl.conveniosomm.notificacion.correo.OutboxRepository;
import cl.conveniosomm.support.DemoApplicationTest;
import cl.conveniosomm.support.HttpClientSupport;
import cl.conveniosomm.support.Pdf;
import cl.conveniosomm.support.Registro;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The approval walked the way people do it in Tasklist: each demo user logs in to the webapp, finds
 * the task routed to her group, claims it and submits its form; a bad value answers 400 in Spanish.
 */
class AprobacionEnTasklistTest extends DemoApplicationTest {

  private static final String CONVENIO = "04102-2016-12-20";
  private static final String API = "/camunda/api/engine/engine/default";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired DecretoRepository decretos;
  @Autowired OutboxRepository correos;

  @Test
  void everyDemoUserDoesHerStepAndTheConvenioIsApproved() throws Exception {
    Map<String, Object> registro = Registro.laSerena();
    registro.put("comuna", "Coquimbo");
    registro.put("comunaCodigo", "04102");
    HttpClientSupport dideco = login("dideco");
    Map<String, Object> conRut = new LinkedHashMap<>(registro);
    conRut.put("sernamegFirmanteNombre", "Leyla Vilches 12.345.678-9");
    HttpResponse<String> rechazado =
        dideco.webappPost(
            API + "/process-definition/key/convenio-omm/submit-form",
            "{\"businessKey\":\"" + CONVENIO + "\",\"variables\":" + variables(conRut) + "}");
    assertThat(rechazado.statusCode()).isEqualTo(400);
    assertThat(rechazado.body())
        .contains("El nombre de quien firma por SERNAMEG", "sin RUT ni números");
    assertThat(
            runtimeService
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(CONVENIO)
                .count())
        .isZero();
    HttpResponse<String> inicio =
        dideco.webappPost(
            API + "/process-definition/key/convenio-omm/submit-form",
            "{\"businessKey\":\"" + CONVENIO + "\",\"variables\":" + variables(registro) + "}");
    assertThat(inicio.statusCode()).as(inicio.body()).isEqualTo(200);

    assertThat(tasksOf(login("juridica")))
        .as("Asesoría Jurídica no ve la tarea de DIDECO")
        .isEmpty();
    HttpResponse<String> malo =
        submit(
            dideco,
            "Task_SolicitarRevision",
            Map.of("didecoOrdNumero", "4309", "didecoOrdFecha", "2099-10-04"));
    assertThat(malo.statusCode()).isEqualTo(400);
    assertThat(malo.body()).contains("está en el futuro");

    adjuntarDesdeLaPaginaDeDocumentos(dideco, "CONVENIO_FIRMADO");
    hace(
        dideco,
        "Task_SolicitarRevision",
        Map.of("didecoOrdNumero", "4309", "didecoOrdFecha", "2016-10-04"));
    hace(
        login("juridica"),
        "Task_RevisarConvenio",
        Map.of(
            "juridicaOrdNumero",
            "05-102",
            "juridicaOrdFecha",
            "2017-02-08",
            "revisionJuridica",
            "CONFORME"));
    hace(login("daf"), "Task_EmitirCertificadoDaf", Map.of("dafCertificadoFecha", "2017-02-17"));
    hace(
        dideco,
        "Task_RemitirAntecedentes",
        Map.of("remisionOrdNumero", "07/490", "remisionOrdFecha", "2017-02-17"));
    hace(
        login("sernameg"),
        "Task_EmitirResolucion",
        Map.of("resolucionNumero", "108/IV", "resolucionFecha", "2017-03-06"));
    hace(
        dideco,
        "Task_SolicitarDecreto",
        Map.of("memoDecretoNumero", "07/690", "memoDecretoFecha", "2017-03-14"));
    HttpClientSupport secretaria = login("secretaria");
    JsonNode borradores = JSON.readTree(secretaria.get("/api/decretos/borradores").body());
    assertThat(borradores)
        .as("the draft is offered with her task")
        .anySatisfy(
            borrador -> assertThat(borrador.path("convenioId").asText()).isEqualTo(CONVENIO));
    HttpResponse<String> pdf =
        secretaria.get("/api/convenios/" + CONVENIO + "/decreto/borrador.pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
    assertThat(pdf.body()).startsWith("%PDF");
    assertThat(secretaria.get("/api/convenios/" + CONVENIO + "/decreto/borrador.docx").statusCode())
        .isEqualTo(200);
    Map<String, Object> borrador = Registro.borrador();
    borrador.put("secretarioFirmanteNombre", "Luigiano 4");
    HttpResponse<String> malNombre = submit(secretaria, "Task_PrepararBorradorDecreto", borrador);
    assertThat(malNombre.statusCode()).isEqualTo(400);
    assertThat(malNombre.body()).contains("quien autoriza el decreto como Secretario Municipal");
    borrador.put("secretarioFirmanteNombre", "Luigiano Maluenda Villegas");
    // the Secretaría sends it to two units only: the draft prints them and the numbered decreto
    // goes to them
    borrador.put("decretoDistribucion", "[\"SERNAMEG\",\"OFICINA_PARTES\"]");
    hace(secretaria, "Task_PrepararBorradorDecreto", borrador);
    String firmado =
        pdfTexto(login("alcalde").download("/api/convenios/" + CONVENIO + "/decreto/borrador.pdf"));
    assertThat(firmado)
        .contains(
            "LUIGIANO MALUENDA VILLEGAS SECRETARIO MUNICIPAL",
            "ROBERTO JACOB JURE ALCALDE DE COQUIMBO",
            "Distribución: - Servicio Nacional de la Mujer y la Equidad de "
                + "Género - Oficina de Partes - RJJ/LMV/MRS/mscg.");
    hace(login("alcalde"), "Task_FirmarDecreto", Map.of("firmaAlcalde", "FIRMADO"));
    adjuntarDesdeLaPaginaDeDocumentos(secretaria, "DECRETO_FIRMADO");
    hace(
        secretaria,
        "Task_NumerarDecreto",
        Map.of("decretoNumero", "911", "decretoFecha", "2017-03-16"));

    String aprobacion =
        runtimeService
            .createProcessInstanceQuery()
            .processDefinitionKey("aprobacion-convenio")
            .processInstanceBusinessKey(CONVENIO)
            .singleResult()
            .getId();
    managementService
        .createJobQuery()
        .processInstanceId(aprobacion)
        .messages()
        .list()
        .forEach(job -> managementService.executeJob(job.getId()));
    assertThat(decretos.findByConvenio(CONVENIO))
        .get()
        .extracting(Decreto::numero)
        .isEqualTo("911");
    assertThat(correos.findByConvenio(CONVENIO))
        .filteredOn(correo -> correo.clave().startsWith("decreto/"))
        .extracting(MensajeSaliente::destinatario)
        .containsExactlyInAnyOrder(
            "sernameg.regional@demo.convenios-omm.cl", "partes@demo.convenios-omm.cl");
    assertThat(
            runtimeService
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(CONVENIO)
                .processDefinitionKey("convenio-omm")
                .activityIdIn("Timer_FinSemestre")
                .count())
        .isEqualTo(1);
  }

  /**
   * As the document page does: list the person's tasks that need a document, upload the PDF with
   * the CSRF token.
   */
  private void adjuntarDesdeLaPaginaDeDocumentos(HttpClientSupport persona, String tipo)
      throws Exception {
    persona.get("/documentos.html", "Accept", "text/html");
    JsonNode pendientes = JSON.readTree(persona.get("/api/documentos/pendientes").body());
    boolean ofrecido = false;
    for (JsonNode pendiente : pendientes) {
      ofrecido |=
          pendiente.path("convenioId").asText().equals(CONVENIO)
              && pendiente.path("tipo").asText().equals(tipo);
    }
    assertThat(ofrecido).as("la página ofrece subir " + tipo).isTrue();
    HttpResponse<String> subido =
        persona.upload(
            "/api/convenios/" + CONVENIO + "/documentos/" + tipo,
            tipo + ".pdf",
            Pdf.de(tipo),
            "application/pdf",
            "X-OMM-XSRF-TOKEN",
            persona.csrfCookie("OMM-XSRF-TOKEN"));
    assertThat(subido.statusCode()).as(subido.body() + persona.cookies()).isEqualTo(201);
  }

  private void hace(HttpClientSupport persona, String tarea, Map<String, Object> variables)
      throws Exception {
    HttpResponse<String> respuesta = submit(persona, tarea, variables);
    assertThat(respuesta.statusCode()).as(tarea + ": " + respuesta.body()).isEqualTo(204);
  }

  private HttpResponse<String> submit(
      HttpClientSupport persona, String tarea, Map<String, Object> variables) throws Exception {
    String taskId = null;
    for (JsonNode task : tasksOf(persona)) {
      if (task.path("taskDefinitionKey").asText().equals(tarea)) {
        taskId = task.path("id").asText();
      }
    }
    assertThat(taskId).as("la tarea " + tarea + " aparece en la bandeja").isNotNull();
    HttpResponse<String> form = persona.get(API + "/task/" + taskId + "/deployed-form");
    assertThat(form.statusCode()).as("formulario de " + tarea).isEqualTo(200);
    return persona.webappPost(
        API + "/task/" + taskId + "/submit-form", "{\"variables\":" + variables(variables) + "}");
  }

  private JsonNode tasksOf(HttpClientSupport persona) throws Exception {
    HttpResponse<String> tasks =
        persona.get(API + "/task?processInstanceBusinessKey=" + CONVENIO + "&maxResults=15");
    assertThat(tasks.statusCode()).isEqualTo(200);
    return JSON.readTree(tasks.body());
  }

  private static String pdfTexto(HttpResponse<byte[]> respuesta) throws Exception {
    assertThat(respuesta.statusCode()).isEqualTo(200);
    try (var pdf = org.apache.pdfbox.Loader.loadPDF(respuesta.body())) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
    }
  }

  private HttpClientSupport login(String usuario) {
    HttpClientSupport browser = http();
    assertThat(browser.webappLogin("tasklist", usuario, "demo").statusCode())
        .as("login " + usuario)
        .isEqualTo(200);
    return browser;
  }

  private static String variables(Map<String, Object> values) throws Exception {
    Map<String, Object> typed = new LinkedHashMap<>();
    values.forEach(
        (name, value) ->
            typed.put(
                name,
                Map.of("value", value, "type", value instanceof Boolean ? "Boolean" : "String")));
    return JSON.writeValueAsString(typed);
  }
}
