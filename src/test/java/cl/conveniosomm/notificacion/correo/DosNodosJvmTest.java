package cl.conveniosomm.notificacion.correo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cl.conveniosomm.ConveniosOmmApplication;
import cl.conveniosomm.notificacion.plantilla.CorreoRenderizado;
import cl.conveniosomm.plazo.NuevoPlazo;
import cl.conveniosomm.plazo.PlazoService;
import cl.conveniosomm.plazo.calendario.CalendarioService;
import cl.conveniosomm.support.TestDatabase;
import cl.conveniosomm.support.TestMailServer;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two application nodes on one PostgreSQL database, both with their reminder scheduler, job
 * executor and mail sender running: 300 reminders fall due at once, in batches small enough that
 * both nodes' schedulers and senders take some; each is queued by one node only and every message
 * reaches the SMTP server once. (Both nodes starting at the same time: {@code
 * ArranqueSimultaneoJvmTest}.)
 */
@Tag("own-jvm")
class DosNodosJvmTest {

  private static final int PLAZOS = 300;
  private static final int MENSAJES_DIRECTOS = 100;

  private static ConfigurableApplicationContext nodo1;
  private static ConfigurableApplicationContext nodo2;

  @BeforeAll
  static void startTwoNodes() {
    TestDatabase database = TestDatabase.create();
    TestMailServer.start();
    // one after the other: Spring Boot's logging setup is JVM-wide and not safe to run twice at
    // once
    nodo1 = start(database, "default");
    nodo2 = start(database, "nodo2");
  }

  @AfterAll
  static void stop() {
    ClockUtil.reset();
    nodo2.close();
    nodo1.close();
  }

  @Test
  void eachReminderAndEachMessageIsDeliveredOnce() throws Exception {
    TestMailServer.purge();
    CalendarioService calendario = nodo1.getBean(CalendarioService.class);
    LocalDate vence =
        calendario.addDiasHabiles(LocalDate.now(ZoneId.of("America/Santiago")), 2, "04101");
    PlazoService plazos = nodo1.getBean(PlazoService.class);
    for (int i = 0; i < PLAZOS; i++) {
      plazos.abrir(
          new NuevoPlazo(
              "04101-nodos-" + i,
              "informe",
              "Informe Semestral de Avance",
              "04101",
              "La Serena",
              vence,
              List.of("omm" + i + "@laserena.cl"),
              List.of(),
              List.of(),
              "http://localhost:8080/camunda/app/"));
    }
    // the due day's reminders fall due for both nodes' schedulers at once
    ClockUtil.setCurrentTime(
        Date.from(vence.atTime(10, 0).atZone(ZoneId.of("America/Santiago")).toInstant()));
    Outbox outbox = nodo2.getBean(Outbox.class);
    nodo2
        .getBean(TransactionTemplate.class)
        .executeWithoutResult(
            status ->
                IntStream.range(0, MENSAJES_DIRECTOS)
                    .forEach(
                        i ->
                            outbox.encolar(
                                MensajeNuevo.inmediato(
                                    "directo/" + i,
                                    null,
                                    "persona" + i + "@laserena.cl",
                                    new CorreoRenderizado(
                                        "Aviso " + i, "texto", "<p>html</p>", null)))));

    int total = PLAZOS + MENSAJES_DIRECTOS;
    OutboxRepository mensajes = nodo1.getBean(OutboxRepository.class);
    await()
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () ->
                mensajes.summary().enviados() == total
                    && TestMailServer.received().size() >= total);
    // every message is marked sent, so no sender holds one: a duplicate would already be here, or
    // arrive now
    await()
        .during(Duration.ofMillis(500))
        .atMost(Duration.ofSeconds(5))
        .until(() -> TestMailServer.received().size() == total);

    List<String> keys = TestMailServer.received().stream().map(DosNodosJvmTest::key).toList();
    assertThat(keys).hasSize(total);
    assertThat(Set.copyOf(keys)).hasSize(total);
    assertThat(mensajes.summary().pendientes()).isZero();
    // both nodes' senders did part of the work (a batch is held as «node/number»): sharing, not one
    // node alone
    assertThat(
            nodo1
                .getBean(org.springframework.jdbc.core.JdbcTemplate.class)
                .queryForList(
                    "SELECT DISTINCT regexp_replace(bloqueado_por, '/[0-9]+$', '') FROM omm_mensaje"
                        + " WHERE estado = 'ENVIADO'",
                    String.class))
        .hasSizeGreaterThanOrEqualTo(2);
  }

  private static String key(MimeMessage message) {
    try {
      return message.getHeader("X-Convenios-OMM-Clave")[0];
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static ConfigurableApplicationContext start(TestDatabase database, String engineName) {
    Map<String, Object> properties = new HashMap<>();
    properties.put("server.port", 0);
    properties.put("server.shutdown", "immediate");
    properties.put("omm.demo.convenios", false);
    properties.put("spring.datasource.url", database.url());
    properties.put("spring.datasource.username", "postgres");
    properties.put("spring.datasource.password", "postgres");
    properties.put("camunda.bpm.process-engine-name", engineName);
    properties.put("camunda.bpm.job-execution.wait-time-in-millis", 200);
    properties.put("omm.mail.intervalo", "200ms");
    properties.put("omm.mail.lote", 10);
    properties.put("omm.recordatorios.intervalo", "200ms");
    properties.put("omm.recordatorios.lote", 20);
    properties.put("omm.mail.transport", "smtp");
    properties.put("spring.mail.host", "127.0.0.1");
    properties.put("spring.mail.port", TestMailServer.port());
    properties.put("spring.mail.properties.mail.smtp.starttls.enable", false);
    String[] arguments =
        properties.entrySet().stream()
            .map(e -> "--" + e.getKey() + "=" + e.getValue())
            .toArray(String[]::new);
    return new SpringApplicationBuilder(ConveniosOmmApplication.class)
        .profiles("demo")
        .run(arguments);
  }
}
