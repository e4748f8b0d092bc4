package cl.conveniosomm.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application in the demo profile on real PostgreSQL, served over HTTP, sending mail to a
 * real SMTP server (GreenMail). Subclasses share one Spring context (and so one database). Tests
 * drive time: the job executor, the reminder scheduler and the scheduled mail sender are off; tests
 * run jobs, {@code ProgramadorRecordatorios#enviarVencidos()} and {@code
 * OutboxSender#enviarPendientes()} themselves with the engine clock where they want it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@Import(RecorridoDeModelos.class)
public abstract class DemoApplicationTest {

  private static final TestDatabase DATABASE = TestDatabase.create();

  @LocalServerPort protected int port;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    DATABASE.register(registry);
    TestMailServer.register(registry);
    registry.add("omm.public-url", () -> "http://localhost:8080");
    // bearer tokens of a real OpenID Connect provider beside HTTP Basic (system/security/oidc)
    registry.add("omm.oidc.issuer", ProveedorOidc::issuer);
    registry.add("omm.oidc.clave-seudonimo", () -> "clave-de-prueba-de-al-menos-32-caracteres");
    registry.add("omm.oidc.grupos[Direccion-Social]", () -> "dideco");
    registry.add("omm.oidc.cliente-id", () -> ProveedorOidc.CLIENTE_APP);
    registry.add("omm.oidc.cliente-secreto", () -> ProveedorOidc.SECRETO_APP);
    registry.add("omm.mail.envio-activo", () -> "false");
    registry.add("omm.recordatorios.programador-activo", () -> "false");
    // tests make their own convenios
    registry.add("omm.demo.convenios", () -> "false");
    // the JVM exits when the tests end: no 30-second graceful wait for idle keep-alive connections
    registry.add("server.shutdown", () -> "immediate");
    registry.add("camunda.bpm.job-execution.enabled", () -> "false");
    // without a job executor there is no jobExecutor health contributor (ProductionProfileJvmTest
    // checks it)
    registry.add(
        "management.endpoint.health.group.readiness.include",
        () -> "readinessState,db,processEngine");
  }

  protected HttpClientSupport http() {
    return new HttpClientSupport("http://localhost:" + port);
  }
}
