package cl.conveniosomm.garantias.seguridad;

import static org.assertj.core.api.Assertions.assertThat;

import cl.conveniosomm.proceso.Procesos;
import cl.conveniosomm.support.DemoApplicationTest;
import cl.conveniosomm.support.HttpClientSupport;
import cl.conveniosomm.support.Registro;
import java.net.http.HttpResponse;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A request forged from another site rides on the session cookie but cannot read the CSRF token:
 * every state-changing call without it is refused and changes nothing. Every family of responses
 * carries the security headers, and the session and CSRF cookies their flags. (Secure cookies and
 * HSTS outside the demo: {@code ProductionProfileJvmTest}.) Logging out takes the webapps' token
 * too.
 */
class CsrfYCabecerasTest extends DemoApplicationTest {

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  @Test
  void aWebappStateChangingCallWithoutTheCsrfTokenIsRefusedAndChangesNothing() {
    Task tarea = nuevaTareaDeDideco();
    HttpClientSupport navegador = http();
    navegador.webappLogin("tasklist", "dideco", "demo");
    String claim = "/camunda/api/engine/engine/default/task/" + tarea.getId() + "/claim";

    HttpResponse<String> sinToken = navegador.postJson(claim, "{\"userId\":\"dideco\"}");
    HttpResponse<String> tokenFalso =
        navegador.postJson(claim, "{\"userId\":\"dideco\"}", "X-XSRF-TOKEN", "0123ABCD");

    assertThat(sinToken.statusCode()).isEqualTo(403);
    // Camunda also ends the session on a wrong token
    assertThat(tokenFalso.statusCode()).isIn(401, 403);
    assertThat(taskService.createTaskQuery().taskId(tarea.getId()).singleResult().getAssignee())
        .isNull();

    navegador.webappLogin("tasklist", "dideco", "demo");
    assertThat(navegador.webappPost(claim, "{\"userId\":\"dideco\"}").statusCode()).isEqualTo(204);
    assertThat(taskService.createTaskQuery().taskId(tarea.getId()).singleResult().getAssignee())
        .isEqualTo("dideco");
  }

  @Test
  void theWebappLoginItselfNeedsTheCsrfToken() {
    HttpClientSupport navegador = http();
    navegador.get("/camunda/app/tasklist/default/");

    HttpResponse<String> login =
        navegador.postForm(
            "/camunda/api/admin/auth/user/default/login/tasklist", "username=dideco&password=demo");

    assertThat(login.statusCode()).isEqualTo(403);
    assertThat(navegador.get("/camunda/api/engine/engine/default/task/count").statusCode())
        .isEqualTo(401);
  }

  @Test
  void anAppCallRidingOnTheTasklistSessionNeedsTheAppsCsrfToken() {
    HttpClientSupport navegador = http();
    navegador.webappLogin("tasklist", "omm", "demo");
    assertThat(navegador.get("/api/preferencias/notificaciones").body()).contains("INMEDIATO");

    HttpResponse<String> sinToken =
        navegador.send("PUT", "/api/preferencias/notificaciones", "{\"modo\":\"RESUMEN_DIARIO\"}");
    HttpResponse<String> tokenFalso =
        navegador.send(
            "PUT",
            "/api/preferencias/notificaciones",
            "{\"modo\":\"RESUMEN_DIARIO\"}",
            "X-OMM-XSRF-TOKEN",
            "falso");

    assertThat(sinToken.statusCode()).isEqualTo(403);
    assertThat(sinToken.body()).contains("recargue la página");
    assertThat(tokenFalso.statusCode()).isEqualTo(403);
    assertThat(navegador.get("/api/preferencias/notificaciones").body()).contains("INMEDIATO");
    HttpResponse<String> conToken =
        navegador.send(
            "PUT",
            "/api/preferencias/notificaciones",
            "{\"modo\":\"INMEDIATO\"}",
            "X-OMM-XSRF-TOKEN",
            navegador.csrfCookie("OMM-XSRF-TOKEN"));
    assertThat(conToken.statusCode()).isEqualTo(200);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"/camunda/salir", "/camunda/salir/", "/camunda/SALIR", "/camunda/%73alir"})
  void aForgedLogoutIsRefusedAndTheSessionGoesOn(String ruta) {
    HttpClientSupport navegador = http();
    navegador.webappLogin("tasklist", "dideco", "demo");

    HttpResponse<String> sinToken = navegador.postJson(ruta, "{}");
    HttpResponse<String> tokenFalso = navegador.postJson(ruta, "{}", "X-XSRF-TOKEN", "0123ABCD");
    HttpResponse<String> enorme =
        navegador.postJson(ruta, "{\"x\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}");

    assertThat(sinToken.statusCode()).as(sinToken.body()).isIn(400, 403, 404);
    assertThat(tokenFalso.statusCode()).as(tokenFalso.body()).isIn(400, 403, 404);
    assertThat(enorme.statusCode()).as(enorme.body()).isIn(400, 403, 404, 413);
    assertThat(navegador.get("/camunda/api/engine/engine/default/task/count").statusCode())
        .isEqualTo(200);
  }

  @Test
  void logoutWithTheWebappsTokenEndsTheWholeSessionAndSaysWhereToGo() {
    HttpClientSupport navegador = http();
    navegador.webappLogin("tasklist", "dideco", "demo");
    assertThat(navegador.get("/api/documentos/pendientes").statusCode()).isEqualTo(200);

    HttpResponse<String> salida = navegador.webappPost("/camunda/salir", "{}");

    assertThat(salida.statusCode()).isEqualTo(200);
    // a password login: back to the login page, no provider to visit
    assertThat(salida.body())
        .contains("\"destino\":\"http://localhost:" + port + "/camunda/app/tasklist/default/\"");
    assertThat(navegador.get("/camunda/api/engine/engine/default/task/count").statusCode())
        .isEqualTo(401);
    assertThat(navegador.get("/api/documentos/pendientes").statusCode()).isEqualTo(401);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Bearer cualquiera", "Basic Zm9vOmJhcg==", "Basic", "x"})
  void anAuthorizationHeaderDoesNotExemptACallRidingOnTheSessionFromTheCsrfToken(
      String authorization) {
    HttpClientSupport navegador = http();
    navegador.webappLogin("tasklist", "omm", "demo");

    HttpResponse<String> forjada =
        navegador.send(
            "PUT",
            "/api/preferencias/notificaciones",
            "{\"modo\":\"RESUMEN_DIARIO\"}",
            "Authorization",
            authorization);

    assertThat(forjada.statusCode()).as(forjada.body()).isIn(401, 403);
    assertThat(navegador.get("/api/preferencias/notificaciones").body()).contains("INMEDIATO");
  }

  @Test
  void webappPagesAndApisCarryCamundasSecurityHeaders() {
    HttpClientSupport navegador = http();
    HttpResponse<String> pagina = navegador.get("/camunda/app/tasklist/default/");
    navegador.webappLogin("tasklist", "dideco", "demo");
    HttpResponse<String> api = navegador.get("/camunda/api/engine/engine/default/task/count");

    for (HttpResponse<String> respuesta : List.of(pagina, api)) {
      assertThat(respuesta.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
      assertThat(respuesta.headers().firstValue("Content-Security-Policy"))
          .hasValueSatisfying(
              csp ->
                  assertThat(csp).contains("frame-ancestors 'none'").contains("object-src 'none'"));
    }
  }

  @Test
  void theEngineRestApiAndTheAppEndpointsCarrySecurityHeaders() {
    for (String path :
        List.of(
            "/engine-rest/task/count",
            "/engine-rest/engine",
            "/api/plazos",
            "/api/calendario/feriados?anio=2026&comuna=04101")) {
      HttpResponse<String> respuesta = http().getAs("dideco", "demo", path);
      assertThat(respuesta.statusCode()).as(path).isEqualTo(200);
      assertThat(respuesta.headers().firstValue("X-Content-Type-Options"))
          .as(path)
          .contains("nosniff");
      assertThat(respuesta.headers().firstValue("X-Frame-Options")).as(path).isPresent();
      // the engine's REST resources set their own no-cache; the app's endpoints no-store
      assertThat(respuesta.headers().firstValue("Cache-Control"))
          .as(path)
          .hasValueSatisfying(value -> assertThat(value).containsAnyOf("no-store", "no-cache"));
    }
  }

  @Test
  void sessionAndCsrfCookiesAreHttpOnlyOrSameSite() {
    HttpClientSupport navegador = http();
    HttpResponse<String> pagina = navegador.get("/camunda/app/tasklist/default/");
    HttpResponse<String> login = navegador.webappLogin("tasklist", "dideco", "demo");
    HttpResponse<String> app = navegador.get("/api/documentos/pendientes");

    List<String> cookies = new java.util.ArrayList<>(pagina.headers().allValues("Set-Cookie"));
    cookies.addAll(login.headers().allValues("Set-Cookie"));
    cookies.addAll(app.headers().allValues("Set-Cookie"));
    assertThat(cookies)
        .filteredOn(cookie -> cookie.startsWith("JSESSIONID"))
        .isNotEmpty()
        .allSatisfy(
            cookie -> assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite"));
    assertThat(cookies)
        .filteredOn(cookie -> cookie.startsWith("XSRF-TOKEN"))
        .isNotEmpty()
        .allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("SameSite"));
    assertThat(cookies)
        .filteredOn(cookie -> cookie.startsWith("OMM-XSRF-TOKEN"))
        .isNotEmpty()
        .allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("SameSite=Lax"));
  }

  private Task nuevaTareaDeDideco() {
    String convenio =
        runtimeService
            .startProcessInstanceByKey(Procesos.CONVENIO_OMM, Registro.enRegion("07"))
            .getBusinessKey();
    return taskService
        .createTaskQuery()
        .processInstanceBusinessKey(convenio)
        .taskCandidateGroup("dideco")
        .singleResult();
  }
}
