package cl.conveniosomm.system.security.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import cl.conveniosomm.proceso.Procesos;
import cl.conveniosomm.proceso.Tareas;
import cl.conveniosomm.support.DemoApplicationTest;
import cl.conveniosomm.support.ProveedorOidc;
import cl.conveniosomm.support.Registro;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Bearer tokens of a real OpenID Connect provider (Spring Authorization Server in this JVM) on the
 * engine REST API, tried as a caller would: the token's comunas and groups decide what it sees and
 * does, the person's RUN never reaches the engine, and a token that is expired, of another issuer
 * or without a role of the app opens nothing.
 */
class TokensOidcTest extends DemoApplicationTest {

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  private Task solicitud;
  private String convenio;

  @BeforeEach
  void unConvenioEnUnaComunaDeDideco() {
    convenio =
        runtimeService
            .startProcessInstanceByKey(Procesos.CONVENIO_OMM, Registro.otraComuna())
            .getBusinessKey();
    solicitud =
        taskService
            .createTaskQuery()
            .processInstanceBusinessKey(convenio)
            .taskDefinitionKey(Tareas.SOLICITAR_REVISION)
            .singleResult();
  }

  @Test
  void aTokenOfTheComunaSeesItsTaskAndClaimsItUnderAPseudonym() {
    String token = ProveedorOidc.token(ProveedorOidc.DIDECO_OTRAS);

    HttpResponse<String> tarea = conToken(token, "GET", "/engine-rest/task/" + solicitud.getId());
    assertThat(tarea.statusCode()).isEqualTo(200);
    assertThat(tarea.body()).contains(solicitud.getTenantId());

    HttpResponse<String> nota =
        conToken(
            token,
            "POST",
            "/engine-rest/task/" + solicitud.getId() + "/comment/create",
            "{\"message\":\"Revisado con el equipo\"}");
    assertThat(nota.statusCode()).as(nota.body()).isEqualTo(200);
    String autora = taskService.getTaskComments(solicitud.getId()).get(0).getUserId();
    assertThat(autora).startsWith("oidc-").doesNotContain("12.345.678").doesNotContain("12345678");
    // the same person, the same pseudonym, token after token
    conToken(
        ProveedorOidc.token(ProveedorOidc.DIDECO_OTRAS),
        "POST",
        "/engine-rest/task/" + solicitud.getId() + "/comment/create",
        "{\"message\":\"Otra nota\"}");
    assertThat(taskService.getTaskComments(solicitud.getId()))
        .extracting(comentario -> comentario.getUserId())
        .containsOnly(autora);
  }

  @Test
  void aTokenOfAnotherComunaReadsAndChangesNothing() {
    String token = ProveedorOidc.token(ProveedorOidc.DIDECO_LA_SERENA);

    for (String motor : new String[] {"/engine-rest", "/engine-rest/engine/default"}) {
      assertThat(conToken(token, "GET", motor + "/task/" + solicitud.getId()).statusCode())
          .as(motor)
          .isEqualTo(conToken(token, "GET", motor + "/task/no-existe").statusCode())
          .isEqualTo(404);
    }
    assertThat(conToken(token, "GET", "/engine-rest/task/" + solicitud.getId()).statusCode())
        .isIn(403, 404);
    assertThat(
            conToken(
                    token,
                    "GET",
                    "/engine-rest/task?maxResults=100&processInstanceId="
                        + solicitud.getProcessInstanceId())
                .body())
        .isEqualTo("[]");
    HttpResponse<String> intruso =
        conToken(
            token,
            "POST",
            "/engine-rest/task/" + solicitud.getId() + "/comment/create",
            "{\"message\":\"intruso\"}");
    HttpResponse<String> inexistente =
        conToken(
            token,
            "POST",
            "/engine-rest/task/no-existe/comment/create",
            "{\"message\":\"intruso\"}");
    // as if the task did not exist
    assertThat(intruso.statusCode()).isEqualTo(inexistente.statusCode()).isBetween(400, 404);
    assertThat(taskService.getTaskComments(solicitud.getId())).isEmpty();
  }

  @Test
  void aTokenOfAnotherComunaFindsNoOtherWayIn() {
    String token = ProveedorOidc.token(ProveedorOidc.DIDECO_LA_SERENA);
    String id = solicitud.getId();

    for (String ruta :
        new String[] {
          "/engine-rest/task/" + id + "/",
          "/ENGINE-REST/task/" + id,
          "/engine-rest/%74ask/" + id,
          "/engine-rest/engine/DEFAULT/task/" + id,
          "/camunda/api/engine/engine/default/task/" + id
        }) {
      HttpResponse<String> lectura = conToken(token, "GET", ruta);
      assertThat(lectura.statusCode()).as(ruta).isBetween(400, 404);
      assertThat(lectura.body()).as(ruta).doesNotContain(solicitud.getTenantId());
    }
    // a body too large is refused before anyone reads it, and writes nothing
    HttpResponse<String> enorme =
        conToken(
            ProveedorOidc.token(ProveedorOidc.DIDECO_OTRAS),
            "POST",
            "/engine-rest/task/" + id + "/comment/create",
            "{\"message\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}");
    assertThat(enorme.statusCode()).isEqualTo(413);
    assertThat(taskService.getTaskComments(id)).isEmpty();
  }

  @Test
  void expiredForeignAndRolelessTokensOpenNothing() {
    String vencido = ProveedorOidc.token(ProveedorOidc.VENCIDO);
    // the provider names itself after the address it is asked at: 127.0.0.1 is another issuer
    String otroEmisor =
        ProveedorOidc.token(
            ProveedorOidc.DIDECO_OTRAS, ProveedorOidc.issuer().replace("localhost", "127.0.0.1"));
    String sinRol = ProveedorOidc.token(ProveedorOidc.SIN_ROL);
    String alterado = ProveedorOidc.token(ProveedorOidc.DIDECO_OTRAS) + "x";

    for (String token : new String[] {vencido, otroEmisor, sinRol, alterado, "no-es-un-jwt"}) {
      HttpResponse<String> respuesta =
          conToken(token, "GET", "/engine-rest/task/" + solicitud.getId());
      assertThat(respuesta.statusCode()).as(token).isEqualTo(401);
      assertThat(respuesta.body()).doesNotContain(solicitud.getId());
    }
    assertThat(
            conToken(
                    sinRol,
                    "POST",
                    "/engine-rest/task/" + solicitud.getId() + "/comment/create",
                    "{\"message\":\"sin rol\"}")
                .statusCode())
        .isEqualTo(401);
    assertThat(taskService.getTaskComments(solicitud.getId())).isEmpty();
  }

  @Test
  void theAppsEndpointsSeeTheTokensComunasOnly() {
    String estado = "/api/convenios/" + convenio + "/estado";

    HttpResponse<String> propio =
        conToken(ProveedorOidc.token(ProveedorOidc.DIDECO_OTRAS), "GET", estado);
    assertThat(propio.statusCode()).isEqualTo(200);
    assertThat(propio.body()).contains("\"etapa\":\"EN_APROBACION\"");

    String laSerena = ProveedorOidc.token(ProveedorOidc.DIDECO_LA_SERENA);
    HttpResponse<String> ajeno = conToken(laSerena, "GET", estado);
    // as for a person of La Serena with a password (AccesoConvenios): 403, and nothing of it
    assertThat(ajeno.statusCode()).isEqualTo(403);
    assertThat(ajeno.body()).doesNotContain("etapa");

    HttpResponse<String> vencido =
        conToken(ProveedorOidc.token(ProveedorOidc.VENCIDO), "GET", estado);
    assertThat(vencido.statusCode()).isEqualTo(401);
    assertThat(vencido.body()).contains("El token no es válido");
  }

  @Test
  void basicStillWorksBesideTokens() {
    HttpResponse<String> basic =
        http().getAs("dideco", "demo", "/engine-rest/task/" + solicitud.getId());

    assertThat(basic.statusCode()).isEqualTo(200);
  }

  private HttpResponse<String> conToken(String token, String metodo, String ruta) {
    return conToken(token, metodo, ruta, "");
  }

  private HttpResponse<String> conToken(String token, String metodo, String ruta, String json) {
    return http().send(metodo, ruta, json, "Authorization", "Bearer " + token);
  }
}
