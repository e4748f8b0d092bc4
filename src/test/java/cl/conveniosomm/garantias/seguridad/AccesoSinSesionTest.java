package cl.conveniosomm.garantias.seguridad;

import static org.assertj.core.api.Assertions.assertThat;

import cl.conveniosomm.proceso.Procesos;
import cl.conveniosomm.support.DemoApplicationTest;
import cl.conveniosomm.support.HttpClientSupport;
import cl.conveniosomm.support.Pdf;
import cl.conveniosomm.support.Registro;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every endpoint family answers a caller without a session, or with a wrong password, with 401 (or
 * 403/404 where Camunda's webapps hide the resource) and a body that names nothing of the convenio:
 * not its id, its comuna, its people's emails, a task id nor a document's bytes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccesoSinSesionTest extends DemoApplicationTest {

  private static final AtomicInteger INTRUSOS = new AtomicInteger();

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  private String convenio;
  private String instancia;
  private String tarea;
  private List<String> secretos;

  @BeforeAll
  void unConvenioConDatosYDocumento() {
    Map<String, Object> registro = Registro.enRegion("07");
    registro.put("contraparteEmail", "secreta.contraparte@sernameg.gob.cl");
    var proceso = runtimeService.startProcessInstanceByKey(Procesos.CONVENIO_OMM, registro);
    convenio = proceso.getBusinessKey();
    instancia = proceso.getId();
    tarea =
        taskService.createTaskQuery().processInstanceBusinessKey(convenio).list().get(0).getId();
    String pdf = "CONTENIDO-RESERVADO-DEL-CONVENIO";
    assertThat(
            http()
                .upload(
                    "/api/convenios/" + convenio + "/documentos/CONVENIO_FIRMADO",
                    "c.pdf",
                    Pdf.de(pdf),
                    "application/pdf",
                    "Authorization",
                    HttpClientSupport.basic("dideco", "demo"))
                .statusCode())
        .isEqualTo(201);
    secretos =
        List.of(
            convenio,
            (String) registro.get("comuna"),
            "secreta.contraparte",
            tarea,
            instancia,
            pdf);
  }

  Stream<Arguments> endpoints() {
    return Stream.of(
        // engine REST
        get("/engine-rest/task?maxResults=10"),
        get("/engine-rest/task/{tarea}"),
        get("/engine-rest/task/{tarea}/variables"),
        post("/engine-rest/task/{tarea}/complete", "{}"),
        get("/engine-rest/process-instance?maxResults=10"),
        get("/engine-rest/process-instance/{instancia}/variables"),
        post(
            "/engine-rest/process-definition/key/convenio-omm/start",
            "{\"businessKey\":\"anonimo\"}"),
        get("/engine-rest/history/process-instance?maxResults=10"),
        get("/engine-rest/history/variable-instance?maxResults=10"),
        get("/engine-rest/deployment?maxResults=10"),
        get("/engine-rest/user?maxResults=10"),
        get("/engine-rest/group?maxResults=10"),
        get("/engine-rest/authorization?maxResults=10"),
        get("/engine-rest/filter?maxResults=10"),
        get("/engine-rest/job?maxResults=10"),
        post(
            "/engine-rest/message",
            "{\"messageName\":\"termino-convenio\",\"businessKey\":\"{convenio}\"}"),
        // webapps' APIs (Tasklist, Cockpit, Admin)
        get("/camunda/api/engine/engine/default/task?maxResults=10"),
        get("/camunda/api/engine/engine/default/task/{tarea}/form-variables"),
        post("/camunda/api/engine/engine/default/task/{tarea}/claim", "{\"userId\":\"intruso\"}"),
        get("/camunda/api/engine/engine/default/process-instance/{instancia}/variables"),
        get("/camunda/api/engine/engine/default/history/process-instance?maxResults=10"),
        get("/camunda/api/engine/engine/default/user?maxResults=10"),
        get("/camunda/api/cockpit/plugin/base/default/process-definition/statistics"),
        post("/camunda/api/cockpit/plugin/base/default/process-instance", "{}"),
        get("/camunda/api/admin/auth/user/default"),
        get("/camunda/api/tasklist/default/task/{tarea}"),
        // app endpoints
        get("/api/plazos"),
        get("/api/plazos?convenio={convenio}"),
        get("/api/calendario/feriados?anio=2026&comuna=04101"),
        get("/api/calendario/plazo?desde=2026-06-26&dias=5&comuna=04101"),
        get("/api/preferencias/notificaciones"),
        put("/api/preferencias/notificaciones", "{\"modo\":\"RESUMEN_DIARIO\"}"),
        get("/api/operacion/correos"),
        get("/api/operacion/recordatorios/resumen"),
        post("/api/operacion/correos/reintentar", "{}"),
        get("/api/documentos/pendientes"),
        get("/api/decretos/borradores"),
        get("/api/convenios/{convenio}/estado"),
        post("/api/convenios/{convenio}/termino", "{\"fecha\":\"2026-01-05\",\"motivo\":\"x\"}"),
        get("/actuator/prometheus"),
        get("/actuator/env"),
        // document downloads
        get("/api/convenios/{convenio}/documentos"),
        get("/api/convenios/{convenio}/documentos/CONVENIO_FIRMADO/contenido"),
        get("/api/convenios/{convenio}/expediente.zip"),
        get("/api/convenios/{convenio}/decreto/borrador.pdf"),
        get("/api/convenios/{convenio}/decreto/borrador.docx"));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("endpoints")
  void withoutASessionNothingIsServed(String method, String path, String body) {
    HttpResponse<String> respuesta = http().send(method, expand(path), body);

    assertRefused(expand(path), respuesta);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("endpoints")
  void withAWrongPasswordNothingIsServed(String method, String path, String body) {
    // a different unknown user per call: the login throttle must not be what answers
    String intruso = "intruso-" + INTRUSOS.incrementAndGet();
    HttpResponse<String> respuesta =
        http()
            .send(
                method,
                expand(path),
                body,
                "Authorization",
                HttpClientSupport.basic(intruso, "no-es-la-clave"));

    assertRefused(expand(path), respuesta);
  }

  private void assertRefused(String path, HttpResponse<String> respuesta) {
    assertThat(respuesta.statusCode()).as(respuesta.body()).isIn(401, 403, 404);
    // an error page may echo the path the caller sent, nothing more
    assertThat(respuesta.body())
        .doesNotContain(secretos.stream().filter(secreto -> !path.contains(secreto)).toList());
    assertThat(
            runtimeService
                .createProcessInstanceQuery()
                .processInstanceBusinessKey("anonimo")
                .count())
        .isZero();
    assertThat(taskService.createTaskQuery().taskId(tarea).singleResult().getAssignee()).isNull();
  }

  private String expand(String path) {
    return path.replace("{convenio}", convenio)
        .replace("{instancia}", instancia)
        .replace("{tarea}", tarea);
  }

  private static Arguments get(String path) {
    return Arguments.of("GET", path, "");
  }

  private static Arguments post(String path, String body) {
    return Arguments.of("POST", path, body);
  }

  private static Arguments put(String path, String body) {
    return Arguments.of("PUT", path, body);
  }
}
