package cl.conveniosomm.system;

import static org.assertj.core.api.Assertions.assertThat;

import cl.conveniosomm.proceso.Grupos;
import cl.conveniosomm.support.HttpClientSupport;
import cl.conveniosomm.support.ProveedorOidc;
import cl.conveniosomm.support.TestDatabase;
import java.net.http.HttpResponse;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Without the demo profile: only the configured admin exists, cookies are secure, HSTS is on. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Tag("own-jvm")
class ProductionProfileJvmTest {

  private static final TestDatabase DATABASE = TestDatabase.create();
  private static final String ADMIN_PASSWORD = "Prueba-Segura-2026!";

  @LocalServerPort int port;

  @Autowired IdentityService identityService;

  @DynamicPropertySource
  static void production(DynamicPropertyRegistry registry) {
    DATABASE.register(registry);
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.mail.host", () -> "localhost");
    registry.add("omm.mail.from", () -> "convenios@municipio.cl");
    registry.add("omm.public-url", () -> "https://convenios.municipio.cl");
    registry.add("camunda.bpm.admin-user.id", () -> "operador");
    registry.add("camunda.bpm.admin-user.password", () -> ADMIN_PASSWORD);
    registry.add("server.shutdown", () -> "immediate");
  }

  @Test
  void createsOnlyTheConfiguredAdministratorAndTheRoleGroups() {
    List<String> users =
        identityService.createUserQuery().list().stream().map(User::getId).toList();

    assertThat(users).containsExactly("operador");
    assertThat(
            identityService
                .createUserQuery()
                .memberOfGroup(Grupos.CAMUNDA_ADMIN)
                .singleResult()
                .getId())
        .isEqualTo("operador");
    assertThat(identityService.checkPassword("operador", ADMIN_PASSWORD)).isTrue();
    for (String group : Grupos.ROLES) {
      assertThat(identityService.createGroupQuery().groupId(group).count()).as(group).isEqualTo(1);
    }
  }

  @Test
  void webappCookiesAreSecureAndSameSiteAndHstsIsSent() {
    HttpResponse<String> page =
        new HttpClientSupport("http://localhost:" + port).get("/camunda/app/tasklist/default/");

    List<String> cookies = page.headers().allValues("Set-Cookie");
    assertThat(cookies)
        .filteredOn(cookie -> cookie.startsWith("JSESSIONID"))
        .singleElement()
        .satisfies(
            cookie ->
                assertThat(cookie).contains("Secure").contains("HttpOnly").contains("SameSite"));
    assertThat(cookies)
        .filteredOn(cookie -> cookie.startsWith("XSRF-TOKEN"))
        .singleElement()
        .satisfies(cookie -> assertThat(cookie).contains("Secure").contains("SameSite"));
    assertThat(page.headers().firstValue("Strict-Transport-Security")).isPresent();
  }

  @Test
  void theAppsCsrfCookieIsSecureAndSameSite() {
    HttpResponse<String> api =
        new HttpClientSupport("http://localhost:" + port)
            .getAs("operador", ADMIN_PASSWORD, "/api/plazos");

    assertThat(api.headers().allValues("Set-Cookie"))
        .filteredOn(cookie -> cookie.startsWith("OMM-XSRF-TOKEN"))
        .singleElement()
        .satisfies(cookie -> assertThat(cookie).contains("Secure").contains("SameSite=Lax"));
  }

  @Test
  void readinessCoversTheDatabaseTheEngineAndTheJobExecutor() {
    var health =
        new HttpClientSupport("http://localhost:" + port)
            .getAs("operador", ADMIN_PASSWORD, "/actuator/health/readiness");

    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body())
        .contains("\"db\"")
        .contains("\"processEngine\"")
        .contains("\"jobExecutor\"");
  }

  @Test
  void theDemoPasswordOpensNothing() {
    HttpClientSupport client = new HttpClientSupport("http://localhost:" + port);

    assertThat(client.getAs("admin", "demo", "/engine-rest/task/count").statusCode())
        .isEqualTo(401);
    assertThat(client.getAs("operador", ADMIN_PASSWORD, "/engine-rest/task/count").statusCode())
        .isEqualTo(200);
  }

  @Test
  void withoutAProviderABearerTokenOpensNothing() {
    HttpClientSupport client = new HttpClientSupport("http://localhost:" + port);
    String token = ProveedorOidc.token(ProveedorOidc.DIDECO_LA_SERENA);

    assertThat(
            client.get("/engine-rest/task/count", "Authorization", "Bearer " + token).statusCode())
        .isEqualTo(401);
    // and the login page offers no institution's sign-in
    assertThat(client.get("/camunda/ingreso-institucional").body()).isEqualTo("{\"activo\":false}");
    assertThat(client.get("/sso").statusCode()).isNotEqualTo(302);
  }
}
