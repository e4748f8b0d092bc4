package cl.conveniosomm.garantias.correo;

import static org.assertj.core.api.Assertions.assertThat;

import cl.conveniosomm.notificacion.correo.OutboxSender;
import cl.conveniosomm.plazo.NuevoPlazo;
import cl.conveniosomm.plazo.PlazoService;
import cl.conveniosomm.plazo.recordatorio.ProgramadorRecordatorios;
import cl.conveniosomm.proceso.Procesos;
import cl.conveniosomm.support.DemoApplicationTest;
import cl.conveniosomm.support.HttpClientSupport;
import cl.conveniosomm.support.Pdf;
import cl.conveniosomm.support.Registro;
import cl.conveniosomm.support.TestMailServer;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * SMTP down during a burst of reminders: the reminders and people's tasks go on, every message
 * waits in the outbox with its failure visible to operators, and when SMTP is back each one arrives
 * exactly once.
 */
class SmtpCaidoTest extends DemoApplicationTest {

  private static final ZoneId SANTIAGO = ZoneId.of("America/Santiago");
  private static final int PLAZOS = 150;

  @Autowired PlazoService plazos;
  @Autowired ProgramadorRecordatorios programador;
  @Autowired OutboxSender sender;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void smtpYRelojDeVuelta() {
    ClockUtil.reset();
    TestMailServer.start();
  }

  @Test
  void nothingIsLostNorDuplicatedAndTasksGoOnWhileSmtpIsDown() throws Exception {
    TestMailServer.start();
    sender.enviarPendientes();
    String lote = "caida-" + UUID.randomUUID().toString().substring(0, 6);
    String convenio = conTareaDeDideco();
    ClockUtil.setCurrentTime(at(LocalDate.of(2026, 7, 17), 10));
    for (int i = 0; i < PLAZOS; i++) {
      plazos.abrir(
          new NuevoPlazo(
              lote + "-" + i,
              "informe",
              "Informe Semestral de Avance",
              "10101",
              "Puerto Montt",
              LocalDate.of(2026, 7, 10),
              List.of("omm" + i + "@laserena.cl"),
              List.of(),
              List.of(),
              "http://localhost:8080/camunda/app/"));
    }

    TestMailServer.stop();
    ClockUtil.setCurrentTime(at(LocalDate.of(2026, 7, 20), 10));
    programador.enviarVencidos();
    long inicio = System.nanoTime();
    HttpResponse<String> completada = completarSolicitudDeRevision(convenio);
    Duration demora = Duration.ofNanos(System.nanoTime() - inicio);

    assertThat(completada.statusCode()).as(completada.body()).isEqualTo(204);
    assertThat(demora).as("la tarea no espera al SMTP").isLessThan(Duration.ofSeconds(5));
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(convenio).list())
        .extracting(task -> task.getTaskDefinitionKey())
        .contains("Task_RevisarConvenio")
        .doesNotContain("Task_SolicitarRevision");
    // the sender's scheduled rounds: each tries the next batch, and each delivery fails
    for (int ronda = 0; ronda < 1 + (PLAZOS + 10) / 50; ronda++) {
      assertThat(sender.enviarPendientes()).isZero();
    }
    List<String> nuestras =
        jdbc.queryForList(
            "SELECT clave FROM omm_mensaje WHERE estado = 'PENDIENTE' "
                + "AND (convenio_id LIKE ? OR convenio_id = ?)",
            String.class,
            lote + "-%",
            convenio);
    assertThat(nuestras).hasSizeGreaterThanOrEqualTo(PLAZOS + 1);
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM omm_mensaje WHERE estado = 'PENDIENTE' AND intentos > 0 "
                    + "AND ultimo_error LIKE '%ConnectException%' AND (convenio_id LIKE ? OR convenio_id = ?)",
                Integer.class, lote + "-%", convenio))
        .isEqualTo(nuestras.size());
    HttpResponse<String> fallidos =
        http().getAs("admin", "demo", "/api/operacion/correos?conError=true");
    assertThat(nuestras).allMatch(clave -> fallidos.body().contains("\"clave\":\"" + clave + "\""));
    assertThat(fallidos.body()).contains("ConnectException");
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM omm_plazo WHERE convenio_id LIKE ? "
                    + "AND proximo_numero > 1 AND recordatorio_error IS NULL",
                Integer.class,
                lote + "-%"))
        .as("cada plazo pasó a su siguiente recordatorio, sin errores por el SMTP")
        .isEqualTo(PLAZOS);

    TestMailServer.start();
    TestMailServer.purge();
    assertThat(
            http()
                .postJsonAs("admin", "demo", "/api/operacion/correos/reintentar", "{}")
                .statusCode())
        .isEqualTo(200);
    while (sender.enviarPendientes() > 0) {
      // a burst goes out in batches
    }

    Map<String, Long> recibidas =
        TestMailServer.received().stream()
            .collect(Collectors.groupingBy(SmtpCaidoTest::clave, Collectors.counting()));
    assertThat(recibidas).containsKeys(nuestras.toArray(String[]::new));
    assertThat(recibidas.values()).allMatch(veces -> veces == 1);
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM omm_mensaje WHERE estado = 'PENDIENTE' "
                    + "AND (convenio_id LIKE ? OR convenio_id = ?)",
                Integer.class,
                lote + "-%",
                convenio))
        .isZero();
    // leave no overdue obligations behind for the tests that count them
    jdbc.queryForList(
            "SELECT id FROM omm_plazo WHERE convenio_id LIKE ?", String.class, lote + "-%")
        .forEach(plazos::cancelar);
  }

  private String conTareaDeDideco() {
    String convenio =
        runtimeService
            .startProcessInstanceByKey(Procesos.CONVENIO_OMM, Registro.enRegion("07"))
            .getBusinessKey();
    assertThat(
            http()
                .upload(
                    "/api/convenios/" + convenio + "/documentos/CONVENIO_FIRMADO",
                    "c.pdf",
                    Pdf.de("c"),
                    "application/pdf",
                    "Authorization",
                    HttpClientSupport.basic("dideco", "demo"))
                .statusCode())
        .isEqualTo(201);
    return convenio;
  }

  private HttpResponse<String> completarSolicitudDeRevision(String convenio) {
    String tarea =
        taskService.createTaskQuery().processInstanceBusinessKey(convenio).singleResult().getId();
    return http()
        .postJsonAs(
            "dideco",
            "demo",
            "/engine-rest/task/" + tarea + "/complete",
            "{\"variables\":{\"didecoOrdNumero\":{\"value\":\"1234\"},\"didecoOrdFecha\":{\"value\":\"2017-01-10\"},"
                + "\"didecoOrdMateria\":{\"value\":\"Solicita revisión\"}}}");
  }

  private static Date at(LocalDate day, int hour) {
    return Date.from(day.atTime(hour, 0).atZone(SANTIAGO).toInstant());
  }

  private static String clave(MimeMessage message) {
    try {
      return message.getHeader("X-Convenios-OMM-Clave")[0];
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
