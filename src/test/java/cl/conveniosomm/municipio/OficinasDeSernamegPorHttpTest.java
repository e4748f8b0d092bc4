package cl.conveniosomm.municipio;

import static org.assertj.core.api.Assertions.assertThat;

import cl.conveniosomm.municipio.catalogo.CatalogoComunas;
import cl.conveniosomm.proceso.Grupos;
import cl.conveniosomm.proceso.Procesos;
import cl.conveniosomm.support.DemoApplicationTest;
import cl.conveniosomm.support.HttpClientSupport;
import cl.conveniosomm.support.Registro;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A task routed to SERNAMEG is its comuna's regional office's: an analyst of another office, even
 * one who holds the comuna's tenant, neither reads nor works it over any engine API or route
 * spelling, while the office's own analyst reads it on the same routes.
 */
class OficinasDeSernamegPorHttpTest extends DemoApplicationTest {

  private static final String CLAVE = Municipalidades.CONTRASENA;
  private static final String OTRA_OFICINA = "analista-otra-oficina";
  private static final String DE_LA_OFICINA = "analista-de-la-oficina";

  private static final List<String> MOTORES =
      List.of(
          "/engine-rest/", "/engine-rest/engine/default/", "/camunda/api/engine/engine/default/");

  private static final Map<String, UnaryOperator<String>> VARIANTES =
      Map.of(
          "tal cual", ruta -> ruta,
          "barra final", ruta -> ruta + "/",
          "codificada", ruta -> ruta.replaceFirst("^task", "%74ask"),
          "mayúsculas", ruta -> ruta.replace("claim", "Claim").replace("complete", "Complete"));

  /** Method, path under the engine ({t}: the task, {u}: the analyst) and body of what she tries. */
  private static final List<String[]> ESCRITURAS =
      List.of(
          new String[] {"POST", "task/{t}/claim", "{\"userId\":\"{u}\"}"},
          new String[] {"POST", "task/{t}/assignee", "{\"userId\":\"{u}\"}"},
          new String[] {"POST", "task/{t}/submit-form", "{\"variables\":{}}"},
          new String[] {"POST", "task/{t}/complete", "{\"variables\":{}}"});

  @Autowired IdentityService identityService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired CatalogoComunas catalogo;

  private String processInstanceId;
  private String taskId;

  @BeforeEach
  void aSernamegTaskAndAnAnalystOfEachOffice() {
    Map<String, Object> registro = Registro.otraComuna();
    String comuna = (String) registro.get("comunaCodigo");
    String region = catalogo.porCodigo(comuna).orElseThrow().regionCodigo();
    String businessKey = "oficinas-" + System.nanoTime();
    processInstanceId =
        runtimeService
            .startProcessInstanceByKey(Procesos.CONVENIO_OMM, businessKey, registro)
            .getId();
    taskId =
        taskService
            .createTaskQuery()
            .processInstanceBusinessKey(businessKey)
            .singleResult()
            .getId();
    taskService.addCandidateGroup(taskId, Grupos.SERNAMEG);

    String otraRegion = "13".equals(region) ? "05" : "13";
    analista(OTRA_OFICINA, Municipios.grupoRegional(otraRegion), comuna);
    analista(DE_LA_OFICINA, Municipios.grupoRegional(region), comuna);
  }

  @AfterEach
  void cleanUp() {
    runtimeService.deleteProcessInstance(processInstanceId, "prueba");
    identityService.deleteUser(OTRA_OFICINA);
    identityService.deleteUser(DE_LA_OFICINA);
  }

  @Test
  void anotherOfficesAnalystNeitherReadsNorWorksTheTaskOnAnyRoute() {
    List<String> fallas = new ArrayList<>();
    Personas personas = new Personas();
    for (String motor : MOTORES) {
      VARIANTES.forEach(
          (variante, reescribir) -> {
            String lectura = motor + reescribir.apply("task/" + taskId);
            expect(
                fallas, personas.enviar(OTRA_OFICINA, motor, "GET", lectura, ""), false, variante);
            if (!variante.equals("codificada")) {
              // the control: her office's analyst reads it (an encoded path is refused to everyone)
              expect(
                  fallas,
                  personas.enviar(DE_LA_OFICINA, motor, "GET", lectura, ""),
                  true,
                  variante);
            }
            for (String[] escritura : ESCRITURAS) {
              String ruta = motor + reescribir.apply(escritura[1].replace("{t}", taskId));
              expect(
                  fallas,
                  personas.enviar(
                      OTRA_OFICINA,
                      motor,
                      escritura[0],
                      ruta,
                      escritura[2].replace("{u}", OTRA_OFICINA)),
                  false,
                  variante);
            }
          });
      HttpResponse<String> lista =
          personas.enviar(
              OTRA_OFICINA,
              motor,
              "GET",
              motor + "task?firstResult=0&maxResults=15&taskId=" + taskId,
              "");
      if (lista.statusCode() != 200 || !lista.body().equals("[]")) {
        fallas.add("GET " + motor + "task?taskId=: " + lista.statusCode() + " " + lista.body());
      }
    }

    assertThat(fallas).isEmpty();
    var tarea = taskService.createTaskQuery().taskId(taskId).singleResult();
    assertThat(tarea).as("still open").isNotNull();
    assertThat(tarea.getAssignee()).isNull();
  }

  private static void expect(
      List<String> fallas, HttpResponse<String> respuesta, boolean permitida, String variante) {
    boolean exito = respuesta.statusCode() >= 200 && respuesta.statusCode() < 300;
    if (exito != permitida || respuesta.statusCode() >= 500) {
      fallas.add(
          respuesta.request().method()
              + " "
              + respuesta.request().uri()
              + " ("
              + variante
              + "): "
              + respuesta.statusCode()
              + " "
              + respuesta.body());
    }
  }

  private void analista(String usuario, String oficina, String comuna) {
    User user = identityService.newUser(usuario);
    user.setFirstName("Analista");
    user.setLastName(oficina);
    user.setEmail(usuario + "@prueba.sernameg.cl");
    user.setPassword(CLAVE);
    identityService.saveUser(user);
    if (identityService.createGroupQuery().groupId(oficina).count() == 0) {
      var group = identityService.newGroup(oficina);
      group.setName("SERNAMEG " + oficina);
      identityService.saveGroup(group);
    }
    identityService.createMembership(usuario, Grupos.SERNAMEG);
    identityService.createMembership(usuario, oficina);
    identityService.createTenantUserMembership(comuna, usuario);
  }

  /**
   * Each analyst over HTTP Basic on the REST API, and logged in to Tasklist for the webapps' API.
   */
  private final class Personas {
    private final Map<String, HttpClientSupport> tasklist = new java.util.HashMap<>();

    HttpResponse<String> enviar(
        String usuario, String motor, String metodo, String ruta, String cuerpo) {
      if (motor.startsWith("/camunda")) {
        HttpClientSupport sesion =
            tasklist.computeIfAbsent(
                usuario,
                u -> {
                  HttpClientSupport nueva = http();
                  nueva.webappLogin("tasklist", u, CLAVE);
                  return nueva;
                });
        return sesion.send(metodo, ruta, cuerpo, "X-XSRF-TOKEN", sesion.webappCsrfToken());
      }
      return http()
          .send(metodo, ruta, cuerpo, "Authorization", HttpClientSupport.basic(usuario, CLAVE));
    }
  }
}
