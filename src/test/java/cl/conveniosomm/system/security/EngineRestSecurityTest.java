package cl.conveniosomm.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import cl.conveniosomm.support.DemoApplicationTest;
import cl.conveniosomm.support.HttpClientSupport;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The engine REST API answers only to users of the engine's identity service. */
class EngineRestSecurityTest extends DemoApplicationTest {

  @Test
  void refusesCallsWithoutCredentials() {
    HttpResponse<String> response = http().get("/engine-rest/task?maxResults=10");

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).doesNotContain("\"id\"");
  }

  @Autowired IdentityService identityService;

  @Test
  void refusesAWrongPasswordWith401() {
    // its own user: a wrong password makes the engine delay that user's next logins
    if (identityService.createUserQuery().userId("clave-erronea").count() == 0) {
      User user = identityService.newUser("clave-erronea");
      user.setPassword("Una-Clave-2026!");
      identityService.saveUser(user);
    }
    HttpResponse<String> response =
        http().getAs("clave-erronea", "not-the-password", "/engine-rest/task?maxResults=10");

    assertThat(response.statusCode()).isEqualTo(401);
  }

  @Test
  void listsTheEnginesWithoutCredentials() {
    HttpResponse<String> response = http().get("/engine-rest/engine");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"default\"");
  }

  @Test
  void servesADemoUserWithHerPassword() {
    HttpResponse<String> response =
        http().getAs("dideco", "demo", "/engine-rest/process-definition?maxResults=10");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"key\":\"convenio-omm\"");
  }

  @Test
  void refusesQueriesAboveTheResultLimit() {
    HttpResponse<String> response =
        http().getAs("dideco", "demo", "/engine-rest/task?maxResults=2001");

    assertThat(response.statusCode()).isEqualTo(400);
  }

  @Test
  void appliesAuthorizationChecksToAuthenticatedUsers() {
    HttpResponse<String> users =
        http().getAs("omm", "demo", "/engine-rest/authorization?maxResults=10");

    assertThat(users.statusCode()).isEqualTo(200);
    assertThat(users.body()).doesNotContain("camunda-admin");
  }

  @Test
  void letsDemoUsersLogInToTheWebapps() {
    HttpClientSupport browser = http();

    HttpResponse<String> login = browser.webappLogin("tasklist", "alcalde", "demo");

    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(login.body()).contains("\"userId\":\"alcalde\"").contains("tasklist");
    assertThat(browser.get("/camunda/api/engine/engine/default/task/count").statusCode())
        .isEqualTo(200);
  }

  @Test
  void refusesWebappApiCallsWithoutLogin() {
    assertThat(http().get("/camunda/api/engine/engine/default/task/count").statusCode())
        .isEqualTo(401);
  }
}
