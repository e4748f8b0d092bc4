package cl.conveniosomm.garantias.entrada;

import static cl.conveniosomm.garantias.entrada.RechazoEnEspanol.assertRefusedInSpanish;
import static org.assertj.core.api.Assertions.assertThat;

import cl.conveniosomm.proceso.Procesos;
import cl.conveniosomm.support.DemoApplicationTest;
import cl.conveniosomm.support.HttpClientSupport;
import cl.conveniosomm.support.Pdf;
import cl.conveniosomm.support.Registro;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bad input to the registration form, a task form and every app endpoint — wrong types, missing
 * fields, huge strings, HTML and script, dates out of range, invalid emails — is answered with a
 * 4xx and a Spanish message, never a 500, and writes nothing.
 */
class EntradaInvalidaTest extends DemoApplicationTest {

  private static final String ENORME = "x".repeat(2 * 1024 * 1024);
  private static final String HUGE = "x".repeat(1_000_000);
  private static final String SCRIPT = "<script>alert('x')</script>";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired JdbcTemplate jdbc;

  private final java.util.List<String> registrados = new java.util.ArrayList<>();

  /**
   * Frees the comunas for the next case: the test's convenios are closed and their instances
   * removed.
   */
  @AfterEach
  void cerrarConvenios() {
    for (String convenio : registrados) {
      runtimeService
          .createProcessInstanceQuery()
          .processInstanceBusinessKey(convenio)
          .list()
          .forEach(
              instancia ->
                  runtimeService.deleteProcessInstanceIfExists(
                      instancia.getId(), "prueba", true, true, true, true));
      jdbc.update("UPDATE omm_convenio SET estado = 'CERRADO' WHERE id = ?", convenio);
    }
  }

  private String registrar() {
    String convenio =
        runtimeService
            .startProcessInstanceByKey(Procesos.CONVENIO_OMM, Registro.enRegion("08"))
            .getBusinessKey();
    registrados.add(convenio);
    return convenio;
  }

  static Stream<Arguments> registrosInvalidos() {
    return Stream.of(
        caso("sin comuna", "comunaCodigo", null),
        caso("comuna que no existe", "comunaCodigo", texto("99999")),
        caso("comuna con HTML", "comunaCodigo", texto(SCRIPT)),
        caso("comuna como número", "comunaCodigo", tipado(4101, "Integer")),
        caso("sin fecha", "fechaSuscripcion", null),
        caso("fecha imposible", "fechaSuscripcion", texto("2016-02-30")),
        caso("fecha en el futuro", "fechaSuscripcion", texto("2999-01-01")),
        caso("fecha de cinco cifras", "fechaSuscripcion", texto("+20160-01-01")),
        caso("fecha como número", "fechaSuscripcion", tipado(1_481_000_000_000L, "Long")),
        caso("fecha como booleano", "fechaSuscripcion", tipado(true, "Boolean")),
        caso("lugar enorme", "lugarSuscripcion", texto(HUGE)),
        caso("mecanismo desconocido", "tipoMecanismo", texto("CUALQUIERA")),
        caso("mecanismo con HTML", "tipoMecanismo", texto(SCRIPT)),
        caso("correo inválido", "contraparteEmail", texto("no-es-un-correo")),
        caso("correo con HTML", "encargadaOmmEmail", texto(SCRIPT + "@laserena.cl")),
        caso("correo enorme", "directorDidecoEmail", texto(HUGE + "@laserena.cl")),
        caso("nombre vacío", "contraparteNombre", texto("  ")),
        caso("fecha del Ord. imposible", "ordSernamegFecha", texto("2016-11-31")),
        caso("variable que tapa un componente", "validarTarea", texto("nada")),
        caso("variable ajena al formulario", "vencePlan", texto("2030-01-01")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("registrosInvalidos")
  void aBadRegistrationIsRefusedInSpanishAndWritesNothing(
      String caso, String variable, Map<String, Object> valor) throws Exception {
    Map<String, Object> variables = new LinkedHashMap<>();
    Registro.enRegion("08").forEach((nombre, v) -> variables.put(nombre, texto((String) v)));
    if (valor == null) {
      variables.remove(variable);
    } else {
      variables.put(variable, valor);
    }
    long convenios = count("omm_convenio");
    long instancias =
        runtimeService
            .createProcessInstanceQuery()
            .processDefinitionKey(Procesos.CONVENIO_OMM)
            .count();

    HttpResponse<String> respuesta =
        http()
            .postJsonAs(
                "dideco",
                "demo",
                "/engine-rest/process-definition/key/" + Procesos.CONVENIO_OMM + "/start",
                JSON.writeValueAsString(Map.of("variables", variables)));

    assertRefusedInSpanish(respuesta);
    assertThat(count("omm_convenio")).isEqualTo(convenios);
    assertThat(
            runtimeService
                .createProcessInstanceQuery()
                .processDefinitionKey(Procesos.CONVENIO_OMM)
                .count())
        .isEqualTo(instancias);
  }

  static Stream<Arguments> registrosConMarcado() {
    return Stream.of(
        Arguments.of("lugarSuscripcion", SCRIPT, "Lugar de suscripción"),
        Arguments.of(
            "contraparteNombre",
            "<img src=x onerror=alert(1)>",
            "Contraparte técnica de SERNAMEG: nombre"),
        Arguments.of("directorDidecoNombre", "Ana <b>Rojas</b>", "Director(a) de DIDECO: nombre"),
        Arguments.of("encargadaOmmNombre", "<!-- x -->María", "Encargada de la OMM: nombre"),
        Arguments.of("lugarSuscripcion", "La Serena<svg onload=alert(1)>", "Lugar de suscripción"));
  }

  /**
   * The registration form is plain text, as every task form: the refusal names the field and
   * nothing starts.
   */
  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("registrosConMarcado")
  void htmlInARegistrationFieldIsRefusedInSpanishNamingTheFieldAndRegistersNothing(
      String variable, String valor, String etiqueta) throws Exception {
    Map<String, Object> variables = new LinkedHashMap<>();
    Registro.enRegion("08").forEach((nombre, v) -> variables.put(nombre, texto((String) v)));
    variables.put(variable, texto(valor));
    long convenios = count("omm_convenio");
    long instancias =
        runtimeService
            .createProcessInstanceQuery()
            .processDefinitionKey(Procesos.CONVENIO_OMM)
            .count();

    HttpResponse<String> respuesta =
        http()
            .postJsonAs(
                "dideco",
                "demo",
                "/engine-rest/process-definition/key/" + Procesos.CONVENIO_OMM + "/start",
                JSON.writeValueAsString(Map.of("variables", variables)));

    assertThat(respuesta.statusCode()).as(respuesta.body()).isEqualTo(400);
    assertThat(respuesta.body()).contains("«" + etiqueta + "» no admite etiquetas HTML ni código");
    assertThat(count("omm_convenio")).isEqualTo(convenios);
    assertThat(
            runtimeService
                .createProcessInstanceQuery()
                .processDefinitionKey(Procesos.CONVENIO_OMM)
                .count())
        .isEqualTo(instancias);
  }

  static Stream<Arguments> pasosInvalidos() {
    return Stream.of(
        caso("sin nada", "didecoOrdNumero", null),
        caso("N° con HTML", "didecoOrdNumero", texto(SCRIPT)),
        caso("N° enorme", "didecoOrdNumero", texto(HUGE)),
        caso("N° como booleano", "didecoOrdNumero", tipado(true, "Boolean")),
        caso("fecha imposible", "didecoOrdFecha", texto("2017-02-29")),
        caso("fecha en el futuro", "didecoOrdFecha", texto("2999-12-31")),
        caso("fecha antes del convenio", "didecoOrdFecha", texto("1900-01-01")),
        caso("fecha como número", "didecoOrdFecha", tipado(20170101, "Integer")),
        caso("materia enorme", "didecoOrdMateria", texto(HUGE)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pasosInvalidos")
  void aBadTaskSubmissionIsRefusedInSpanishAndTheTaskStaysOpen(
      String caso, String variable, Map<String, Object> valor) throws Exception {
    String convenio = registrar();
    assertThat(
            http()
                .upload(
                    "/api/convenios/" + convenio + "/documentos/CONVENIO_FIRMADO",
                    "c.pdf",
                    Pdf.de("c"),
                    "application/pdf",
                    "Authorization",
                    HttpClientSupport.basic("dideco", "demo"))
                .statusCode())
        .isEqualTo(201);
    Task tarea = taskService.createTaskQuery().processInstanceBusinessKey(convenio).singleResult();
    Map<String, Object> variables =
        new HashMap<>(
            Map.of(
                "didecoOrdNumero",
                texto("1234"),
                "didecoOrdFecha",
                texto("2017-01-10"),
                "didecoOrdMateria",
                texto("Solicita")));
    if (valor == null) {
      variables.clear();
    } else {
      variables.put(variable, valor);
    }
    long antecedentes = count("omm_antecedente");

    HttpResponse<String> respuesta =
        http()
            .postJsonAs(
                "dideco",
                "demo",
                "/engine-rest/task/" + tarea.getId() + "/complete",
                JSON.writeValueAsString(Map.of("variables", variables)));

    assertRefusedInSpanish(respuesta);
    assertThat(taskService.createTaskQuery().taskId(tarea.getId()).count()).isEqualTo(1);
    assertThat(count("omm_antecedente")).isEqualTo(antecedentes);
  }

  static Stream<Arguments> llamadasInvalidas() {
    return Stream.of(
        Arguments.of("POST", "/api/convenios/{c}/termino", "no es json"),
        Arguments.of("POST", "/api/convenios/{c}/termino", ""),
        Arguments.of("POST", "/api/convenios/{c}/termino", "{}"),
        Arguments.of(
            "POST", "/api/convenios/{c}/termino", "{\"fecha\":\"2026-13-01\",\"motivo\":\"x\"}"),
        Arguments.of("POST", "/api/convenios/{c}/termino", "{\"fecha\":20260105,\"motivo\":\"x\"}"),
        Arguments.of(
            "POST", "/api/convenios/{c}/termino", "{\"fecha\":\"+99999-01-01\",\"motivo\":\"x\"}"),
        Arguments.of(
            "POST", "/api/convenios/{c}/termino", "{\"fecha\":\"2026-01-05\",\"motivo\":[1,2]}"),
        Arguments.of(
            "POST",
            "/api/convenios/{c}/termino",
            "{\"fecha\":\"2026-01-05\",\"motivo\":\"" + HUGE + "\"}"),
        Arguments.of(
            "POST",
            "/api/convenios/{c}/termino",
            "{\"fecha\":\"" + SCRIPT + "\",\"motivo\":\"" + SCRIPT + "\"}"),
        Arguments.of(
            "POST",
            "/api/convenios/no-existe/termino",
            "{\"fecha\":\"2026-01-05\",\"motivo\":\"x\"}"),
        Arguments.of("PUT", "/api/preferencias/notificaciones", "{\"modo\":\"OTRO\"}"),
        Arguments.of("PUT", "/api/preferencias/notificaciones", "{\"modo\":123}"),
        Arguments.of("PUT", "/api/preferencias/notificaciones", "{}"),
        Arguments.of("PUT", "/api/preferencias/notificaciones", "{\"modo\":\"" + SCRIPT + "\"}"),
        Arguments.of("PUT", "/api/preferencias/notificaciones", "[]"),
        // over omm.seguridad.cuerpo-maximo (1 MB): 413 before anything reads it
        Arguments.of("PUT", "/api/preferencias/notificaciones", "{\"modo\":\"" + ENORME + "\"}"),
        Arguments.of(
            "POST",
            "/api/convenios/{c}/termino",
            "{\"fecha\":\"2026-01-05\",\"motivo\":\"" + ENORME + "\"}"),
        Arguments.of("GET", "/api/calendario/feriados?anio=abc", ""),
        Arguments.of("GET", "/api/calendario/feriados", ""),
        Arguments.of("GET", "/api/calendario/feriados?anio=99999", ""),
        Arguments.of("GET", "/api/calendario/feriados?anio=-5", ""),
        Arguments.of("GET", "/api/calendario/feriados?anio=2026&comuna=%3Cscript%3E", ""),
        Arguments.of("GET", "/api/calendario/plazo?desde=2026-02-30&dias=5", ""),
        Arguments.of("GET", "/api/calendario/plazo?desde=2026-06-26&dias=abc", ""),
        Arguments.of("GET", "/api/calendario/plazo?desde=2026-06-26&dias=2147483647", ""),
        Arguments.of("GET", "/api/calendario/plazo?desde=2026-06-26", ""),
        Arguments.of("GET", "/api/calendario/plazo?desde=9999-12-31&dias=5", ""),
        Arguments.of("GET", "/api/plazos?estado=%3Cscript%3E", ""),
        Arguments.of("GET", "/api/convenios/%3Cscript%3E/estado", ""),
        Arguments.of("GET", "/api/convenios/" + "x".repeat(5000) + "/estado", ""),
        Arguments.of("GET", "/api/convenios/no-existe/expediente.zip", ""),
        Arguments.of("GET", "/api/convenios/no-existe/decreto/borrador.pdf", ""),
        Arguments.of("GET", "/api/convenios/{c}/documentos/NO_EXISTE/contenido", ""),
        Arguments.of("GET", "/api/convenios/{c}/documentos/CONVENIO_FIRMADO/contenido", ""));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("llamadasInvalidas")
  void aBadCallToAnAppEndpointIsRefusedInSpanishAndWritesNothing(
      String method, String path, String body) {
    String convenio = registrar();
    jdbc.update("UPDATE omm_convenio SET estado = 'VIGENTE' WHERE id = ?", convenio);
    long documentos = count("omm_documento");

    HttpResponse<String> respuesta =
        http()
            .send(
                method,
                path.replace("{c}", convenio),
                body,
                "Authorization",
                HttpClientSupport.basic("sernameg", "demo"));

    assertRefusedInSpanish(respuesta);
    assertThat(
            jdbc.queryForObject(
                "SELECT estado FROM omm_convenio WHERE id = ?", String.class, convenio))
        .isEqualTo("VIGENTE");
    assertThat(http().getAs("sernameg", "demo", "/api/preferencias/notificaciones").body())
        .contains("INMEDIATO");
    assertThat(count("omm_documento")).isEqualTo(documentos);
  }

  @Test
  void badUploadsAreRefusedInSpanishAndStoreNothing() {
    String convenio = "04101-entrada-subida";
    String url = "/api/convenios/" + convenio + "/documentos/";
    String dideco = HttpClientSupport.basic("dideco", "demo");

    for (HttpResponse<String> respuesta :
        new HttpResponse[] {
          http()
              .upload(
                  url + "%3Cscript%3E",
                  "c.pdf",
                  Pdf.de("x"),
                  "application/pdf",
                  "Authorization",
                  dideco),
          http()
              .upload(
                  url + "CONVENIO_FIRMADO",
                  SCRIPT + ".pdf",
                  ("<html>" + SCRIPT + "</html>").getBytes(),
                  "text/html",
                  "Authorization",
                  dideco),
          http()
              .postJson(url + "CONVENIO_FIRMADO", "{\"archivo\":\"no\"}", "Authorization", dideco),
          http()
              .upload(
                  "/api/convenios/" + "x".repeat(3000) + "/documentos/CONVENIO_FIRMADO",
                  "c.pdf",
                  Pdf.de("x"),
                  "application/pdf",
                  "Authorization",
                  dideco)
        }) {
      assertRefusedInSpanish(respuesta);
    }
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM omm_documento WHERE convenio_id = ?", Long.class, convenio))
        .isZero();
  }

  private long count(String table) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
  }

  private static Arguments caso(String nombre, String variable, Map<String, Object> valor) {
    return Arguments.of(nombre, variable, valor);
  }

  private static Map<String, Object> texto(String value) {
    return tipado(value, "String");
  }

  private static Map<String, Object> tipado(Object value, String type) {
    Map<String, Object> variable = new HashMap<>();
    variable.put("value", value);
    variable.put("type", type);
    return variable;
  }
}
