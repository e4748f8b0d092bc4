package cl.conveniosomm.municipio;

import static org.assertj.core.api.Assertions.assertThat;

import cl.conveniosomm.municipio.catalogo.CatalogoComunas;
import cl.conveniosomm.municipio.catalogo.Comuna;
import cl.conveniosomm.plazo.PlazoRepository;
import cl.conveniosomm.support.DemoApplicationTest;
import cl.conveniosomm.support.HttpClientSupport;
import cl.conveniosomm.support.Pdf;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A municipality sees only its own comuna's convenios, tasks, documents and history, in Tasklist's,
 * Cockpit's and the engine's REST APIs and in the app's endpoints; SERNAMEG's regional office sees
 * exactly its región and the national office all of them.
 */
class TenenciaTest extends DemoApplicationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PAIGUANO = Municipalidades.PAIGUANO.usuario();
  private static final String CLAVE = Municipalidades.CONTRASENA;

  @Autowired ProcessEngine engine;
  @Autowired IncorporacionMunicipios incorporacion;
  @Autowired PlazoRepository plazos;

  private EscenarioTenencia.Convenios convenios;
  private EscenarioTenencia.Convenio propio;
  private EscenarioTenencia.Convenio ajeno;

  @BeforeEach
  void preparar() {
    convenios = EscenarioTenencia.preparar(engine, incorporacion);
    propio = convenios.paiguano();
    ajeno = convenios.illapel();
  }

  @Test
  void everyInstanceTaskAndDeadlineOfAConvenioBelongsToItsComunasTenant() {
    var instancias =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(propio.id())
            .list();

    assertThat(instancias)
        .as("main and approval instances")
        .hasSizeGreaterThanOrEqualTo(2)
        .allSatisfy(instancia -> assertThat(instancia.getTenantId()).isEqualTo("04105"));
    assertThat(plazos.find(propio.id(), null, LocalDate.now(), 50))
        .as("its deadlines")
        .isNotEmpty()
        .allSatisfy(plazo -> assertThat(plazo.comunaCodigo()).isEqualTo("04105"));
    assertThat(
            engine
                .getTaskService()
                .createTaskQuery()
                .taskId(propio.tarea())
                .singleResult()
                .getTenantId())
        .isEqualTo("04105");
    assertThat(
            engine
                .getHistoryService()
                .createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(propio.id())
                .list())
        .allSatisfy(instancia -> assertThat(instancia.getTenantId()).isEqualTo("04105"));
  }

  @Test
  void theEngineRestApiShowsAMunicipalityOnlyItsOwnConvenio() throws Exception {
    JsonNode tareas = get(PAIGUANO, "/engine-rest/task?maxResults=500");
    assertThat(ids(tareas)).contains(propio.tarea()).doesNotContain(ajeno.tarea());
    assertThat(tareas)
        .allSatisfy(tarea -> assertThat(tarea.path("tenantId").asText()).isEqualTo("04105"));

    assertThat(status(PAIGUANO, "/engine-rest/task/" + ajeno.tarea())).isEqualTo(404);
    assertThat(
            status(PAIGUANO, "/engine-rest/process-instance/" + ajeno.instancia() + "/variables"))
        .isEqualTo(404);
    assertThat(
            get(PAIGUANO, "/engine-rest/process-instance?maxResults=50&businessKey=" + ajeno.id()))
        .isEmpty();
    assertThat(
            get(
                PAIGUANO,
                "/engine-rest/history/process-instance?maxResults=50&processInstanceBusinessKey="
                    + ajeno.id()))
        .isEmpty();
    assertThat(
            get(
                PAIGUANO,
                "/engine-rest/history/task?maxResults=50&processInstanceBusinessKey=" + ajeno.id()))
        .isEmpty();
    assertThat(
            get(
                PAIGUANO,
                "/engine-rest/history/process-instance?maxResults=50&processInstanceBusinessKey="
                    + propio.id()))
        .isNotEmpty();

    HttpResponse<String> completar =
        http()
            .postJsonAs(PAIGUANO, CLAVE, "/engine-rest/task/" + ajeno.tarea() + "/complete", "{}");
    assertThat(completar.statusCode()).isBetween(400, 499);
    assertThat(completar.body()).doesNotContain("Illapel");
    assertThat(engine.getTaskService().createTaskQuery().taskId(ajeno.tarea()).count())
        .as("still open")
        .isOne();
  }

  @Test
  void tasklistAndCockpitShowAMunicipalityOnlyItsOwnConvenio() throws Exception {
    HttpClientSupport tasklist = http();
    assertThat(tasklist.webappLogin("tasklist", PAIGUANO, CLAVE).statusCode()).isEqualTo(200);
    String api = "/camunda/api/engine/engine/default";

    assertThat(ids(json(tasklist.get(api + "/task?maxResults=500"))))
        .contains(propio.tarea())
        .doesNotContain(ajeno.tarea());
    assertThat(tasklist.get(api + "/task/" + ajeno.tarea() + "/form-variables").statusCode())
        .isEqualTo(404);
    assertThat(tasklist.get(api + "/task/" + ajeno.tarea() + "/deployed-form").statusCode())
        .isEqualTo(404);

    HttpClientSupport cockpit = http();
    assertThat(cockpit.webappLogin("cockpit", PAIGUANO, CLAVE).statusCode()).isEqualTo(200);
    String definicion =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceId(propio.instancia())
            .singleResult()
            .getProcessDefinitionId();
    JsonNode instancias =
        json(
            cockpit.webappPost(
                "/camunda/api/cockpit/plugin/base/default/process-instance?firstResult=0&maxResults=500",
                "{\"processDefinitionId\":\"" + definicion + "\"}"));
    Set<String> claves = new HashSet<>();
    instancias.forEach(instancia -> claves.add(instancia.path("businessKey").asText()));
    assertThat(claves).contains(propio.id()).doesNotContain(ajeno.id(), convenios.santiago().id());
    assertThat(cockpit.get(api + "/process-instance/" + ajeno.instancia()).statusCode())
        .isEqualTo(404);
    assertThat(
            cockpit
                .get(
                    api
                        + "/history/activity-instance?maxResults=50&processInstanceId="
                        + ajeno.instancia())
                .body())
        .isEqualTo("[]");
  }

  @Test
  void theAppsEndpointsRefuseAnotherComunasConvenio() throws Exception {
    String base = "/api/convenios/" + ajeno.id();
    for (String ruta :
        List.of(
            "/estado",
            "/documentos",
            "/documentos/CONVENIO_FIRMADO/contenido",
            "/expediente.zip",
            "/decreto/borrador.pdf",
            "/decreto/borrador.docx")) {
      HttpResponse<String> respuesta = http().getAs(PAIGUANO, CLAVE, base + ruta);
      assertThat(respuesta.statusCode()).as(ruta).isEqualTo(403);
      assertThat(respuesta.body()).as(ruta).contains("no tiene acceso").doesNotContain("Illapel");
    }
    HttpResponse<String> subir =
        http()
            .upload(
                base + "/documentos/CONVENIO_FIRMADO",
                "c.pdf",
                Pdf.de("x"),
                "application/pdf",
                "Authorization",
                HttpClientSupport.basic(PAIGUANO, CLAVE));
    assertThat(subir.statusCode()).isEqualTo(403);
    assertThat(
            http()
                .postJsonAs(
                    PAIGUANO,
                    CLAVE,
                    base + "/termino",
                    "{\"fecha\":\"2026-01-05\",\"motivo\":\"x\"}")
                .statusCode())
        .isEqualTo(403);
    assertThat(
            http().getAs(PAIGUANO, CLAVE, "/api/convenios/" + propio.id() + "/estado").statusCode())
        .isEqualTo(200);

    assertThat(get(PAIGUANO, "/api/plazos"))
        .isNotEmpty()
        .allSatisfy(plazo -> assertThat(plazo.path("convenioId").asText()).isEqualTo(propio.id()));
    assertThat(get(PAIGUANO, "/api/documentos/pendientes").toString())
        .contains(propio.id())
        .doesNotContain(ajeno.id());
    assertThat(comunasDelPanel(PAIGUANO, CLAVE)).containsExactly("04105");
  }

  @Test
  void theRegionalOfficeSeesExactlyItsRegionAndTheNationalOfficeEveryComuna() throws Exception {
    Set<String> coquimbo =
        new CatalogoComunas()
            .deRegion("04").stream().map(Comuna::codigo).collect(Collectors.toSet());

    Set<String> tenantsRegional =
        tenants(
            get(
                "sernameg",
                "demo",
                "/engine-rest/process-instance?processDefinitionKey=convenio-omm&maxResults=2000"),
            "tenantId");
    assertThat(coquimbo).containsAll(tenantsRegional);
    assertThat(tenantsRegional).contains("04105", "04201").doesNotContain("13101");
    assertThat(comunasDelPanel("sernameg", "demo"))
        .as("every comuna of the región, with or without convenio")
        .containsExactlyInAnyOrderElementsOf(coquimbo);

    Set<String> tenantsNacional =
        tenants(
            get(
                "nacional",
                "demo",
                "/engine-rest/process-instance?processDefinitionKey=convenio-omm&maxResults=2000"),
            "tenantId");
    assertThat(tenantsNacional).contains("04105", "04201", "13101");
    assertThat(comunasDelPanel("nacional", "demo")).contains("04105", "04201", "13101");
  }

  @Test
  void aPersonRegistersConveniosOnlyOfHerOwnComuna() throws Exception {
    long antes =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processDefinitionKey("convenio-omm")
            .count();
    Map<String, Object> illapel = Municipalidades.ILLAPEL.registro();
    illapel.put("fechaSuscripcion", "2018-01-02");
    StringBuilder variables = new StringBuilder();
    illapel.forEach(
        (nombre, valor) ->
            variables
                .append(variables.isEmpty() ? "" : ",")
                .append('"')
                .append(nombre)
                .append("\":{\"value\":\"")
                .append(valor)
                .append("\",\"type\":\"String\"}"));

    HttpResponse<String> respuesta =
        http()
            .postJsonAs(
                PAIGUANO,
                CLAVE,
                "/engine-rest/process-definition/key/convenio-omm/start",
                "{\"variables\":{" + variables + "}}");

    assertThat(respuesta.statusCode()).isEqualTo(400);
    assertThat(respuesta.body()).contains("no puede registrar convenios de la comuna 04201");
    assertThat(
            engine
                .getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey("convenio-omm")
                .count())
        .isEqualTo(antes);
  }

  private Set<String> comunasDelPanel(String usuario, String clave) throws Exception {
    return tenants(get(usuario, clave, "/api/cumplimiento").path("filas"), "comunaCodigo");
  }

  private JsonNode get(String usuario, String path) throws Exception {
    return get(usuario, CLAVE, path);
  }

  private JsonNode get(String usuario, String clave, String path) throws Exception {
    HttpResponse<String> respuesta = http().getAs(usuario, clave, path);
    assertThat(respuesta.statusCode()).as(path + ": " + respuesta.body()).isEqualTo(200);
    return JSON.readTree(respuesta.body());
  }

  private int status(String usuario, String path) {
    return http().getAs(usuario, CLAVE, path).statusCode();
  }

  private static JsonNode json(HttpResponse<String> respuesta) throws Exception {
    assertThat(respuesta.statusCode()).as(respuesta.body()).isEqualTo(200);
    return JSON.readTree(respuesta.body());
  }

  private static Set<String> ids(JsonNode tareas) {
    return tenants(tareas, "id");
  }

  private static Set<String> tenants(JsonNode filas, String campo) {
    Set<String> valores = new HashSet<>();
    filas.forEach(fila -> valores.add(fila.path(campo).asText()));
    return valores;
  }
}
