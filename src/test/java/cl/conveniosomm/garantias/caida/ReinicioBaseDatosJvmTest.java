package cl.conveniosomm.garantias.caida;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cl.conveniosomm.ConveniosOmmApplication;
import cl.conveniosomm.plazo.NuevoPlazo;
import cl.conveniosomm.plazo.Plazo;
import cl.conveniosomm.plazo.PlazoService;
import cl.conveniosomm.support.HttpClientSupport;
import cl.conveniosomm.support.MailParts;
import cl.conveniosomm.support.TestMailServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * PostgreSQL restarts while the application runs: readiness reports it down meanwhile, and once it
 * is back the same node reconnects and carries on — HTTP, the job executor and the mail sender.
 */
@Tag("own-jvm")
class ReinicioBaseDatosJvmTest {

  private static Path datos;
  private static int puerto;
  private static EmbeddedPostgres postgres;
  private static ConfigurableApplicationContext app;
  private static HttpClientSupport http;

  @BeforeAll
  static void iniciar() throws Exception {
    datos = Files.createTempDirectory("pg-reinicio");
    try (ServerSocket socket = new ServerSocket(0)) {
      puerto = socket.getLocalPort();
    }
    postgres = iniciarPostgres();
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE convenios");
    }
    TestMailServer.start();
    Map<String, Object> properties = new HashMap<>();
    properties.put("server.port", 0);
    properties.put("server.shutdown", "immediate");
    properties.put("omm.demo.convenios", false);
    properties.put("spring.datasource.url", postgres.getJdbcUrl("postgres", "convenios"));
    properties.put("spring.datasource.username", "postgres");
    properties.put("spring.datasource.password", "postgres");
    properties.put("spring.datasource.hikari.connection-timeout", 2000);
    properties.put("camunda.bpm.job-execution.wait-time-in-millis", 200);
    properties.put("camunda.bpm.job-execution.max-wait", 1000);
    properties.put("omm.recordatorios.intervalo", "1s");
    properties.put("omm.mail.intervalo", "200ms");
    properties.put("omm.mail.transport", "smtp");
    properties.put("spring.mail.host", "127.0.0.1");
    properties.put("spring.mail.port", TestMailServer.port());
    properties.put("spring.mail.properties.mail.smtp.starttls.enable", false);
    app =
        new SpringApplicationBuilder(ConveniosOmmApplication.class)
            .profiles("demo")
            .run(
                properties.entrySet().stream()
                    .map(e -> "--" + e.getKey() + "=" + e.getValue())
                    .toArray(String[]::new));
    http =
        new HttpClientSupport(
            "http://localhost:" + app.getEnvironment().getProperty("local.server.port"));
  }

  @AfterAll
  static void detener() throws IOException {
    app.close();
    postgres.close();
    FileSystemUtils.deleteRecursively(datos);
  }

  @Test
  void theApplicationReconnectsAndCarriesOnAfterADatabaseRestart() throws Exception {
    assertThat(http.getAs("admin", "demo", "/engine-rest/task/count").statusCode()).isEqualTo(200);

    postgres.close();
    await("readiness DOWN sin base de datos")
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(250))
        .until(() -> readiness() == 503);
    HttpResponse<String> sinBase = http.getAs("admin", "demo", "/api/plazos");
    assertThat(sinBase.statusCode()).isGreaterThanOrEqualTo(500);
    assertThat(sinBase.body()).doesNotContain("Exception", "jdbc:");
    postgres = iniciarPostgres();

    await("readiness UP de nuevo")
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(250))
        .until(() -> readiness() == 200);
    assertThat(http.getAs("admin", "demo", "/engine-rest/task/count").statusCode()).isEqualTo(200);
    TestMailServer.purge();
    Plazo plazo =
        app.getBean(PlazoService.class)
            .abrir(
                new NuevoPlazo(
                    "04101-reinicio",
                    "informe",
                    "Informe Semestral de Avance",
                    "04101",
                    "La Serena",
                    LocalDate.now().plusDays(60),
                    List.of("omm@laserena.cl"),
                    List.of(),
                    List.of(),
                    "http://localhost:8080/camunda/app/"));
    // its first reminder falls due now: the reminder scheduler of this node must still be polling
    new JdbcTemplate(postgres.getDatabase("postgres", "convenios"))
        .update(
            "UPDATE omm_plazo SET "
                + "proximo_recordatorio = now() - interval '1 minute' WHERE id = ?",
            plazo.id());
    await("recordatorio enviado")
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(250))
        .until(
            () ->
                TestMailServer.received().stream()
                    .anyMatch(
                        mail -> MailParts.clave(mail).startsWith("plazo/" + plazo.id() + "/")));
  }

  private static EmbeddedPostgres iniciarPostgres() throws IOException {
    return EmbeddedPostgres.builder()
        .setDataDirectory(datos)
        .setCleanDataDirectory(false)
        .setPort(puerto)
        .start();
  }

  private static int readiness() {
    try {
      return http.get("/actuator/health/readiness").statusCode();
    } catch (RuntimeException e) {
      return -1;
    }
  }
}
