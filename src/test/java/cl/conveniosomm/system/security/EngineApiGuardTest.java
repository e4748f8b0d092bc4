package cl.conveniosomm.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import cl.conveniosomm.support.DemoApplicationTest;
import cl.conveniosomm.support.HttpClientSupport;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * CVE-2026-77226 and CVE-2026-109432 are closed over HTTP, for anonymous users and admins alike.
 */
class EngineApiGuardTest extends DemoApplicationTest {

  private static final String OR_QUERY_WITH_EXPRESSION =
      "{\"orQueries\":[{\"assigneeExpression\":\"${currentUser()}\",\"candidateGroup\":\"dideco\"}]}";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/camunda/api/admin/setup/default/user/create",
        "/camunda/api/admin/setup/default/user/create/",
        "/camunda//api/admin/setup/default/user/create",
        "/camunda/api/admin/SETUP/default/user/create",
        "/camunda/api/admin/setup;x=y/default/user/create"
      })
  void adminSetupEndpointIsForbiddenInEveryForm(String path) {
    HttpResponse<String> response =
        http()
            .postJson(
                path,
                "{\"profile\":{\"id\":\"intruso\",\"firstName\":\"I\",\"lastName\":\"I\",\"email\":\"i@x.cl\"},"
                    + "\"credentials\":{\"password\":\"Intruso-12345\"}}");

    assertThat(response.statusCode()).isEqualTo(403);
  }

  @Test
  void adminSetupEndpointIsForbiddenEvenForAnAuthenticatedAdmin() {
    HttpClientSupport browser = http();
    browser.webappLogin("admin", "admin", "demo");

    HttpResponse<String> response =
        browser.postJson("/camunda/api/admin/setup/default/user/create", "{}");

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).contains("deshabilitada");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/engine-rest/task",
        "/engine-rest/task/count",
        "/engine-rest/engine/default/task"
      })
  void restTaskQueriesWithOrQueryExpressionsAreRejected(String path) {
    HttpResponse<String> response =
        http().postJsonAs("admin", "demo", path, OR_QUERY_WITH_EXPRESSION);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("orQueries");
  }

  @Test
  void filtersWhoseQueryHasOrQueryExpressionsCannotBeCreated() {
    HttpResponse<String> response =
        http()
            .postJsonAs(
                "admin",
                "demo",
                "/engine-rest/filter/create",
                "{\"resourceType\":\"Task\",\"name\":\"x\",\"query\":"
                    + OR_QUERY_WITH_EXPRESSION
                    + "}");

    assertThat(response.statusCode()).isEqualTo(400);
  }

  @Test
  void webappTaskQueriesWithOrQueryExpressionsAreRejected() {
    HttpClientSupport browser = http();
    browser.webappLogin("tasklist", "dideco", "demo");

    HttpResponse<String> response =
        browser.postJson(
            "/camunda/api/engine/engine/default/task?maxResults=15", OR_QUERY_WITH_EXPRESSION);

    assertThat(response.statusCode()).isEqualTo(400);
  }

  @Test
  void orQueriesWithoutExpressionsStillWork() {
    HttpResponse<String> response =
        http()
            .postJsonAs(
                "dideco",
                "demo",
                "/engine-rest/task/count",
                "{\"orQueries\":[{\"candidateGroup\":\"dideco\",\"assignee\":\"dideco\"}]}");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"count\"");
  }
}
