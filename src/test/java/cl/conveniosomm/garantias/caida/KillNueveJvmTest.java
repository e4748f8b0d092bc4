package cl.conveniosomm.garantias.caida;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cl.conveniosomm.support.HttpClientSupport;
import cl.conveniosomm.support.MailParts;
import cl.conveniosomm.support.Pdf;
import cl.conveniosomm.support.Registro;
import cl.conveniosomm.support.TestDatabase;
import cl.conveniosomm.support.TestMailServer;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The application killed with SIGKILL in the middle of a burst of reminders and of people
 * completing tasks. After a restart on the same database nothing is lost, nothing is done twice,
 * and no instance is left stuck.
 *
 * <p>The one repeat SMTP allows: a message the sender had handed to the server when it died, before
 * it could mark it sent, one per connection sending in parallel. It goes again after its lock
 * expires, with the same Message-ID, so mail clients show it once (README, "Delivery"); the test
 * allows those, each repeated once, and no other.
 */
@Tag("own-jvm")
class KillNueveJvmTest {

  private static final int PLAZOS = 120;
  private static final int CONVENIOS = 6;
  private static final List<String> RESPONSABLES = List.of("omm", "dideco");
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Batches in flight at once: a kill can catch one message per connection accepted but not yet
   * marked.
   */
  private static final int CONEXIONES = 4;

  private static final Map<String, String> NODO =
      Map.of(
          // a dead node's jobs and messages are taken over after these locks expire
          "camunda.bpm.job-execution.lock-time-in-millis", "5000",
          "omm.mail.bloqueo", "3s",
          "omm.recordatorios.intervalo", "1s",
          "omm.mail.conexiones", String.valueOf(CONEXIONES));

  @Test
  void afterAKillAndARestartNothingIsLostNothingIsDoneTwiceAndNothingIsStuck() throws Exception {
    TestDatabase database = TestDatabase.create();
    TestMailServer.start();
    TestMailServer.purge();
    JdbcTemplate jdbc =
        new JdbcTemplate(new DriverManagerDataSource(database.url(), "postgres", "postgres"));
    List<String> convenios = new ArrayList<>();
    List<String> plazos = new ArrayList<>();

    try (NodoExterno nodo1 =
        NodoExterno.iniciar("kill-1", database.url(), NODO).esperarListo(Duration.ofMinutes(3))) {
      HttpClientSupport http = nodo1.http();
      for (int i = 0; i < CONVENIOS; i++) {
        convenios.add(registrarConDocumento(http));
      }
      for (int i = 0; i < PLAZOS; i++) {
        plazos.add(abrirPlazo(jdbc, i));
      }

      // every reminder falls due at once, and DIDECO completes its tasks meanwhile
      vencerRecordatorios(jdbc);
      CompletableFuture<Void> tareas =
          CompletableFuture.runAsync(() -> convenios.forEach(c -> completar(http, jdbc, c)));
      await("la ráfaga empezó")
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofMillis(100))
          .until(() -> TestMailServer.received().size() >= PLAZOS / 2);
      nodo1.matar();
      tareas.exceptionally(cortada -> null).join();
    }
    int antesDelKill = TestMailServer.received().size();

    try (NodoExterno nodo2 =
        NodoExterno.iniciar("kill-2", database.url(), NODO).esperarListo(Duration.ofMinutes(3))) {
      // a person whose completion was cut off opens Tasklist again and completes what is still open
      convenios.forEach(c -> completar(nodo2.http(), jdbc, c));
      await("todo lo vencido se ejecutó y se envió")
          .atMost(Duration.ofSeconds(90))
          .pollInterval(Duration.ofMillis(100))
          .until(() -> pendientes(jdbc) == 0 && recordatoriosVencidos(jdbc) == 0);
      // nothing is pending, so no sender holds a message: a late duplicate would arrive now or
      // never
      int entregados = TestMailServer.received().size();
      await()
          .during(Duration.ofMillis(500))
          .atMost(Duration.ofSeconds(5))
          .until(() -> TestMailServer.received().size() == entregados);

      Map<String, List<MimeMessage>> recibidos =
          TestMailServer.received().stream().collect(Collectors.groupingBy(MailParts::clave));
      List<String> claves = jdbc.queryForList("SELECT clave FROM omm_mensaje", String.class);
      assertThat(antesDelKill).as("el kill cayó en medio de la ráfaga").isLessThan(claves.size());
      assertThat(recibidos.keySet()).containsExactlyInAnyOrderElementsOf(claves);
      List<List<MimeMessage>> repetidos =
          recibidos.values().stream().filter(copias -> copias.size() > 1).toList();
      assertThat(repetidos)
          .as("sólo los mensajes en vuelo al morir, uno por conexión")
          .hasSizeLessThanOrEqualTo(CONEXIONES);
      repetidos.forEach(copias -> assertThat(copias).as("repetido una sola vez").hasSize(2));
      repetidos.forEach(
          copias ->
              assertThat(copias.stream().map(KillNueveJvmTest::messageId).distinct()).hasSize(1));
      System.out.printf(
          "kill -9: %d mensajes, %d entregados antes del kill, %d repetidos (mismo Message-ID)%n",
          claves.size(), antesDelKill, repetidos.size());

      for (String plazo : plazos) {
        assertThat(
                jdbc.queryForObject(
                    "SELECT COUNT(*) FROM omm_mensaje WHERE clave LIKE ?",
                    Integer.class,
                    "plazo/" + plazo + "/%"))
            .as("un recordatorio por responsable")
            .isEqualTo(RESPONSABLES.size());
      }
      assertThat(
              jdbc.queryForObject(
                  "SELECT COUNT(*) FROM act_ru_job WHERE exception_msg_ IS NOT NULL "
                      + "OR retries_ = 0",
                  Integer.class))
          .as("ningún job fallido")
          .isZero();
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM act_ru_incident", Integer.class))
          .isZero();
      assertThat(
              jdbc.queryForObject(
                  "SELECT COUNT(*) FROM omm_plazo WHERE convenio_id LIKE '04101-kill-%' "
                      + "AND proximo_recordatorio > now() AND proximo_numero = 2 AND recordatorio_error IS NULL",
                  Integer.class))
          .as("cada plazo espera su próximo recordatorio")
          .isEqualTo(PLAZOS);
      for (String convenio : convenios) {
        assertThat(tareasAbiertas(jdbc, convenio))
            .as(convenio)
            .contains("Task_RevisarConvenio")
            .doesNotContain("Task_SolicitarRevision");
        assertThat(
                jdbc.queryForObject(
                    "SELECT COUNT(*) FROM omm_antecedente WHERE convenio_id = ? "
                        + "AND paso = 'Task_SolicitarRevision'",
                    Integer.class,
                    convenio))
            .as("la solicitud de DIDECO quedó registrada una vez")
            .isEqualTo(1);
      }
    }
  }

  private static String registrarConDocumento(HttpClientSupport http) throws Exception {
    Map<String, Object> variables = new HashMap<>();
    Registro.otraComuna().forEach((nombre, valor) -> variables.put(nombre, Map.of("value", valor)));
    HttpResponse<String> inicio =
        http.postJsonAs(
            "admin",
            "demo",
            "/engine-rest/process-definition/key/convenio-omm/start",
            JSON.writeValueAsString(Map.of("variables", variables)));
    assertThat(inicio.statusCode()).as(inicio.body()).isEqualTo(200);
    String convenio = JSON.readTree(inicio.body()).path("businessKey").asText();
    assertThat(
            http.upload(
                    "/api/convenios/" + convenio + "/documentos/CONVENIO_FIRMADO",
                    "c.pdf",
                    Pdf.de(convenio),
                    "application/pdf",
                    "Authorization",
                    HttpClientSupport.basic("dideco", "demo"))
                .statusCode())
        .isEqualTo(201);
    return convenio;
  }

  /** A plazo as PlazoService opens one: its row with its first reminder, due in 40 days. */
  private static String abrirPlazo(JdbcTemplate jdbc, int i) {
    String id = UUID.randomUUID().toString();
    String convenio = "04101-kill-" + i;
    jdbc.update(
        "INSERT INTO omm_plazo (id, convenio_id, obligacion, descripcion, comuna_codigo, comuna_nombre, vence, "
            + "estado, responsables, escalamiento, contraparte, enlace, creado_en, calendario_comuna, proximo_recordatorio, "
            + "proximo_numero) VALUES (?, ?, 'informe', 'Informe Semestral de Avance', '04101', 'La Serena', ?, 'PENDIENTE', "
            + "?, '', '', 'http://localhost/', ?, '04101', ?, 1)",
        id,
        convenio,
        java.sql.Date.valueOf(LocalDate.now().plusDays(60)),
        RESPONSABLES.stream().map(r -> r + i + "@laserena.cl").collect(Collectors.joining(",")),
        Timestamp.from(Instant.now()),
        Timestamp.from(Instant.now().plus(Duration.ofDays(40))));
    return id;
  }

  private static void vencerRecordatorios(JdbcTemplate jdbc) {
    jdbc.update(
        "UPDATE omm_plazo SET proximo_recordatorio = now() - interval '1 minute' "
            + "WHERE convenio_id LIKE '04101-kill-%'");
  }

  /** Reminders and engine jobs due and not yet done. */
  private static int recordatoriosVencidos(JdbcTemplate jdbc) {
    return jdbc.queryForObject(
            "SELECT COUNT(*) FROM act_ru_job WHERE duedate_ <= now()", Integer.class)
        + jdbc.queryForObject(
            "SELECT COUNT(*) FROM omm_plazo WHERE proximo_recordatorio <= now()", Integer.class);
  }

  private static int pendientes(JdbcTemplate jdbc) {
    return jdbc.queryForObject(
        "SELECT COUNT(*) FROM omm_mensaje WHERE estado = 'PENDIENTE'", Integer.class);
  }

  private static List<String> tareasAbiertas(JdbcTemplate jdbc, String convenio) {
    return jdbc.queryForList(
        "SELECT t.task_def_key_ FROM act_ru_task t JOIN act_ru_execution e "
            + "ON t.proc_inst_id_ = e.id_ WHERE e.business_key_ = ?",
        String.class,
        convenio);
  }

  /** Completes DIDECO's review request if it is still open; a cut connection is left for later. */
  private static void completar(HttpClientSupport http, JdbcTemplate jdbc, String convenio) {
    List<String> tareas =
        jdbc.queryForList(
            "SELECT t.id_ FROM act_ru_task t JOIN act_ru_execution e "
                + "ON t.proc_inst_id_ = e.id_ WHERE e.business_key_ = ? AND t.task_def_key_ = 'Task_SolicitarRevision'",
            String.class,
            convenio);
    for (String tarea : tareas) {
      try {
        http.postJsonAs(
            "dideco",
            "demo",
            "/engine-rest/task/" + tarea + "/complete",
            "{\"variables\":{\"didecoOrdNumero\":{\"value\":\"1234\"},\"didecoOrdFecha\":{\"value\":\"2017-01-10\"},"
                + "\"didecoOrdMateria\":{\"value\":\"Solicita revisión\"}}}");
      } catch (RuntimeException cortada) {
        // the node died under this request
      }
    }
  }

  private static String messageId(MimeMessage message) {
    try {
      return message.getMessageID();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
