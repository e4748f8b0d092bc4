package cl.conveniosomm.garantias.seguridad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cl.conveniosomm.municipio.ArchivoMunicipios;
import cl.conveniosomm.municipio.IncorporacionMunicipios;
import cl.conveniosomm.support.DemoApplicationTest;
import cl.conveniosomm.support.HttpClientSupport;
import cl.conveniosomm.system.config.InvalidSettingsException;
import cl.conveniosomm.system.identity.AuthorizationGrants;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ResourceLoader;

/**
 * No account outside the demo's own gets a weak password: not when a municipality is onboarded
 * (REST or the startup file), not when a person changes hers through the engine's REST API or the
 * webapps, not when an administrator creates one. A refused password answers 400 in Spanish and
 * changes nothing.
 */
class ContrasenasTest extends DemoApplicationTest {

  private static final String CLAVE = "Clave-Inicial-2026!";
  private static final String DIEZ_ESPACIOS = "          ";

  @Autowired IdentityService identityService;
  @Autowired IncorporacionMunicipios incorporacion;
  @Autowired ResourceLoader resourceLoader;
  @Autowired ObjectMapper json;
  @Autowired AuthorizationGrants grants;

  @ParameterizedTest
  @ValueSource(
      strings = {
        DIEZ_ESPACIOS,
        "dideco-temuco",
        "Dideco-Temuco-2026!",
        "demo",
        "aaaaaaaaaa",
        "Demo-Temuco-2026!"
      })
  void onboardingRefusesAWeakInitialPasswordInSpanishNamingThePersonAndCreatesNothing(String debil)
      throws Exception {
    HttpResponse<String> respuesta =
        http()
            .putJsonAs(
                "admin",
                "demo",
                "/api/operacion/municipios/09101",
                """
        {"usuarios": [{"id": "dideco-temuco", "nombre": "Dideco", "apellido": "Temuco",
          "email": "dideco@temuco.cl", "grupos": ["dideco"], "contrasena": %s}]}"""
                    .formatted(json.writeValueAsString(debil)));

    assertThat(respuesta.statusCode()).as(respuesta.body()).isEqualTo(400);
    assertThat(respuesta.body())
        .contains("La contraseña inicial de 'dideco-temuco' no es segura")
        .contains("La contraseña debe");
    assertThat(identityService.createUserQuery().userId("dideco-temuco").count()).isZero();
    assertThat(identityService.createTenantQuery().tenantId("09101").count())
        .as("nothing half done")
        .isZero();
  }

  @Test
  void aStartupFileWithOneWeakPasswordStopsStartupAndOnboardsNoMunicipality(@TempDir Path carpeta)
      throws Exception {
    Path archivo = carpeta.resolve("municipios.json");
    Files.writeString(
        archivo,
        """
        [{"comuna": "09102", "usuarios": [{"id": "dideco-carahue", "nombre": "Dideco", "apellido": "Carahue",
           "email": "dideco@carahue.cl", "grupos": ["dideco"], "contrasena": "Rio-Imperial-2026!"}]},
         {"comuna": "09103", "usuarios": [{"id": "omm-cunco", "nombre": "Omm", "apellido": "Cunco",
           "email": "omm@cunco.cl", "grupos": ["omm"], "contrasena": "omm-cunco"}]}]""");

    assertThatThrownBy(
            () ->
                new ArchivoMunicipios(
                        incorporacion, resourceLoader, json, archivo.toUri().toString())
                    .incorporar())
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageContaining("nada cambió")
        .hasMessageContaining("Municipalidad N° 2")
        .hasMessageContaining("La contraseña inicial de 'omm-cunco' no es segura");
    assertThat(identityService.createUserQuery().userIdIn("dideco-carahue", "omm-cunco").count())
        .isZero();
    assertThat(identityService.createTenantQuery().tenantIdIn("09102", "09103").count()).isZero();
  }

  @Test
  void aDemoUserCannotSetHerPasswordToDemoThroughTheRestApi() {
    HttpResponse<String> respuesta = cambiar("omm-coquimbo", "demo", "demo");

    assertRefusedInSpanish(respuesta);
    assertThat(http().getAs("omm-coquimbo", "demo", "/engine-rest/task/count").statusCode())
        .isEqualTo(200);
  }

  @Test
  void aPersonCannotSetAWeakPasswordThroughTheRestApiAndHerPasswordStillWorks() {
    String usuario = nuevoUsuario();
    for (String debil :
        List.of(
            "demo",
            "aaaaaaaaaa",
            DIEZ_ESPACIOS,
            usuario,
            "X-" + usuario + "-2026",
            "Qwerty-2026!")) {
      assertRefusedInSpanish(cambiar(usuario, CLAVE, debil));
    }

    assertThat(http().getAs(usuario, CLAVE, "/engine-rest/task/count").statusCode()).isEqualTo(200);
  }

  @Test
  void aWrongCurrentPasswordIsRefusedInSpanish() {
    String usuario = nuevoUsuario();
    HttpResponse<String> respuesta =
        http()
            .send(
                "PUT",
                "/engine-rest/user/" + usuario + "/credentials",
                """
        {"password": "Otra-Clave-Fuerte-2026!", "authenticatedUserPassword": "no-es-la-actual"}""",
                "Authorization",
                HttpClientSupport.basic(usuario, CLAVE));

    assertThat(respuesta.statusCode()).isEqualTo(400);
    assertThat(respuesta.body())
        .contains("La contraseña actual indicada no es correcta")
        .doesNotContain("given");
    // (the wrong current password delays her next logins: checking hers now would fail for that
    // reason)
  }

  @Test
  void aStrongPasswordIsAcceptedAndReplacesTheOldOne() {
    String usuario = nuevoUsuario();
    HttpResponse<String> respuesta = cambiar(usuario, CLAVE, "Nueva-Clave-Fuerte-2026!");

    assertThat(respuesta.statusCode()).as(respuesta.body()).isEqualTo(204);
    assertThat(
            http()
                .getAs(usuario, "Nueva-Clave-Fuerte-2026!", "/engine-rest/task/count")
                .statusCode())
        .isEqualTo(200);
    // last: a wrong password delays the user's next logins
    assertThat(http().getAs(usuario, CLAVE, "/engine-rest/task/count").statusCode()).isEqualTo(401);
  }

  @Test
  void theWebappsEngineApiHoldsThePolicyToo() {
    String usuario = nuevoUsuario();
    grants.grantUser(usuario, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    HttpClientSupport navegador = http();
    assertThat(navegador.webappLogin("tasklist", usuario, CLAVE).statusCode()).isEqualTo(200);

    HttpResponse<String> respuesta =
        navegador.send(
            "PUT",
            "/camunda/api/engine/engine/default/user/" + usuario + "/credentials",
            "{\"password\": \"demo\", \"authenticatedUserPassword\": \"" + CLAVE + "\"}",
            "X-XSRF-TOKEN",
            navegador.webappCsrfToken());

    assertRefusedInSpanish(respuesta);
    assertThat(identityService.checkPassword(usuario, CLAVE)).isTrue();
  }

  @Test
  void anAdministratorCannotCreateAUserWithAWeakPassword() {
    String usuario = "debil-" + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> respuesta =
        http()
            .postJsonAs(
                "admin",
                "demo",
                "/engine-rest/user/create",
                """
        {"profile": {"id": "%s", "firstName": "Débil", "lastName": "Prueba", "email": "debil@prueba.cl"},
         "credentials": {"password": "demo"}}"""
                    .formatted(usuario));

    assertRefusedInSpanish(respuesta);
    assertThat(identityService.createUserQuery().userId(usuario).count()).isZero();
  }

  @Test
  void adminShowsThePolicyWithTheProjectsRule() {
    HttpResponse<String> politica =
        http().getAs("dideco", "demo", "/engine-rest/identity/password-policy");

    assertThat(politica.statusCode()).isEqualTo(200);
    assertThat(politica.body())
        .contains("PASSWORD_POLICY_LENGTH")
        .contains("\"minLength\":\"10\"")
        .contains("PASSWORD_POLICY_SPECIAL")
        .contains("PASSWORD_POLICY_USER_DATA")
        .contains("PASSWORD_POLICY_COMMON_WORDS");
  }

  private HttpResponse<String> cambiar(String usuario, String actual, String nueva) {
    try {
      return http()
          .send(
              "PUT",
              "/engine-rest/user/" + usuario + "/credentials",
              "{\"password\": "
                  + json.writeValueAsString(nueva)
                  + ", \"authenticatedUserPassword\": "
                  + json.writeValueAsString(actual)
                  + "}",
              "Authorization",
              HttpClientSupport.basic(usuario, actual));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void assertRefusedInSpanish(HttpResponse<String> respuesta) {
    assertThat(respuesta.statusCode()).as(respuesta.body()).isEqualTo(400);
    assertThat(respuesta.body())
        .contains("La contraseña no cumple la política de contraseñas y no se guardó")
        .contains("tener al menos 10 caracteres")
        .doesNotContain("does not match");
  }

  /**
   * A person of her own, so that a password change cannot disturb the tests sharing the database.
   */
  private String nuevoUsuario() {
    String id = "clave-" + UUID.randomUUID().toString().substring(0, 8);
    User user = identityService.newUser(id);
    user.setFirstName("Persona");
    user.setLastName("De Prueba");
    user.setEmail(id + "@prueba.convenios-omm.cl");
    user.setPassword(CLAVE);
    identityService.saveUser(user);
    return id;
  }
}
