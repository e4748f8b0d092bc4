package cl.conveniosomm.system;

import static org.assertj.core.api.Assertions.assertThat;

import cl.conveniosomm.support.DemoApplicationTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Health for the load balancer without login; metrics and the app's endpoints behind it. */
class OperationsEndpointsTest extends DemoApplicationTest {

  @Test
  void readinessIsOpenAndIncludesTheDatabaseAndTheEngine() {
    HttpResponse<String> health = http().get("/actuator/health/readiness");

    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"status\":\"UP\"");
    HttpResponse<String> details = http().getAs("admin", "demo", "/actuator/health/readiness");
    assertThat(details.body()).contains("processEngine").contains("db");
  }

  @Test
  void livenessIsOpen() {
    assertThat(http().get("/actuator/health/liveness").statusCode()).isEqualTo(200);
  }

  @Test
  void metricsNeedAnAdministrator() {
    assertThat(http().get("/actuator/prometheus").statusCode()).isEqualTo(401);
    assertThat(http().getAs("dideco", "demo", "/actuator/prometheus").statusCode()).isEqualTo(403);

    HttpResponse<String> metrics = http().getAs("admin", "demo", "/actuator/prometheus");
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body()).contains("jvm_memory_used_bytes");
  }

  @Test
  void appEndpointsNeedALoginAndAnswerInSpanish() {
    HttpResponse<String> response = http().get("/api/calendario/feriados?anio=2026");

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
    assertThat(response.body()).contains("Debe iniciar sesión");
  }

  @Test
  void appEndpointsAcceptTheEngineUsers() {
    HttpResponse<String> response =
        http().getAs("dideco", "demo", "/api/calendario/feriados?anio=2026");

    assertThat(response.statusCode()).isEqualTo(200);
  }

  @Test
  void rootRedirectsToTheWebapps() {
    HttpResponse<String> response = http().get("/");

    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(response.headers().firstValue("Location"))
        .hasValueSatisfying(v -> assertThat(v).contains("/camunda/app/"));
  }
}
