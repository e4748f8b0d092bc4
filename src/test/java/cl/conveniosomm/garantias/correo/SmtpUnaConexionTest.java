package cl.conveniosomm.garantias.correo;

import static org.assertj.core.api.Assertions.assertThat;

import cl.conveniosomm.notificacion.correo.CorreoTransport;
import cl.conveniosomm.notificacion.correo.MensajeNuevo;
import cl.conveniosomm.notificacion.correo.MensajeSaliente;
import cl.conveniosomm.notificacion.correo.Outbox;
import cl.conveniosomm.notificacion.correo.OutboxRepository;
import cl.conveniosomm.notificacion.correo.OutboxSender;
import cl.conveniosomm.notificacion.correo.SmtpTransport;
import cl.conveniosomm.notificacion.plantilla.CorreoRenderizado;
import cl.conveniosomm.support.DemoApplicationTest;
import cl.conveniosomm.support.TestMailServer;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A batch of the outbox goes out over one SMTP connection; when that connection breaks in the
 * middle of the batch, what was sent stays sent, the rest stays pending with its failed attempt and
 * its backoff, and after the retry every message has arrived exactly once.
 */
class SmtpUnaConexionTest extends DemoApplicationTest {

  private static final int MENSAJES = 8;

  @Autowired Outbox outbox;
  @Autowired OutboxSender senderDeLaApp;
  @Autowired OutboxRepository repository;
  @Autowired TransactionTemplate transaction;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aBatchGoesOverOneConnection() throws Exception {
    String lote = vaciarYEncolar();
    try (SmtpLento smtp = new SmtpLento(TestMailServer.port(), Duration.ZERO)) {
      OutboxSender sender =
          sender(new SmtpTransport(Remitentes.smtp(smtp.port()), "convenios@municipio.cl"));

      assertThat(sender.enviarPendientes()).isEqualTo(MENSAJES);
      assertThat(smtp.conexiones()).as("conexiones SMTP para un lote de %d", MENSAJES).isEqualTo(1);
      assertThat(sender.enviarPendientes()).as("una ronda sin correos no se conecta").isZero();
      assertThat(smtp.conexiones()).isEqualTo(1);
    }
    assertThat(recibidas(lote)).hasSize(MENSAJES).doesNotHaveDuplicates();
    assertThat(estados(lote))
        .containsExactlyInAnyOrderEntriesOf(Map.of("ENVIADO", (long) MENSAJES));
  }

  @Test
  void batchesGoOutAtTheSameTimeEachOverItsOwnConnection() throws Exception {
    String lote = vaciarYEncolar();
    try (SmtpLento smtp = new SmtpLento(TestMailServer.port(), Duration.ZERO)) {
      OutboxSender sender =
          sender(
              new SmtpTransport(Remitentes.smtp(smtp.port()), "convenios@municipio.cl"),
              MENSAJES / 4,
              2);

      assertThat(sender.enviarPendientes()).isEqualTo(MENSAJES);
      assertThat(smtp.conexiones()).as("dos rondas de dos lotes en paralelo").isEqualTo(4);
    }
    assertThat(recibidas(lote)).hasSize(MENSAJES).doesNotHaveDuplicates();
    assertThat(estados(lote))
        .containsExactlyInAnyOrderEntriesOf(Map.of("ENVIADO", (long) MENSAJES));
  }

  @Test
  void aConnectionCutMidBatchLeavesTheRestPendingAndSendsNothingTwice() throws Exception {
    String lote = vaciarYEncolar();
    int antesDelCorte = 3;
    try (SmtpLento smtp = new SmtpLento(TestMailServer.port(), Duration.ZERO)) {
      // the server goes away right after the third message of the batch
      SmtpTransport smtpTransport =
          new SmtpTransport(Remitentes.smtp(smtp.port()), "convenios@municipio.cl");
      AtomicInteger enviados = new AtomicInteger();
      CorreoTransport seCortaTrasTres =
          () -> {
            CorreoTransport.Conexion conexion = smtpTransport.abrir();
            return new CorreoTransport.Conexion() {
              @Override
              public void enviar(MensajeSaliente mensaje) throws Exception {
                conexion.enviar(mensaje);
                if (enviados.incrementAndGet() == antesDelCorte) {
                  smtp.cortar();
                }
              }

              @Override
              public boolean abierta() {
                return conexion.abierta();
              }

              @Override
              public void close() {
                conexion.close();
              }
            };
          };
      Instant inicio = Instant.now();

      assertThat(sender(seCortaTrasTres).enviarPendientes()).isEqualTo(antesDelCorte);
      assertThat(smtp.conexiones()).isEqualTo(1);
      assertThat(recibidas(lote)).hasSize(antesDelCorte).doesNotHaveDuplicates();
      assertThat(estados(lote))
          .containsExactlyInAnyOrderEntriesOf(
              Map.of(
                  "ENVIADO", (long) antesDelCorte, "PENDIENTE", (long) MENSAJES - antesDelCorte));
      List<Map<String, Object>> pendientes =
          jdbc.queryForList(
              "SELECT intentos, proximo_intento, ultimo_error, "
                  + "bloqueado_por FROM omm_mensaje WHERE clave LIKE ? AND estado = 'PENDIENTE'",
              "lote/" + lote + "/%");
      assertThat(pendientes)
          .allSatisfy(
              fila -> {
                assertThat(fila.get("intentos")).as("intento fallido registrado").isEqualTo(1);
                assertThat(((Timestamp) fila.get("proximo_intento")).toInstant())
                    .as("backoff")
                    .isAfter(inicio.plusSeconds(20));
                assertThat(fila.get("ultimo_error")).isNotNull();
                assertThat(fila.get("bloqueado_por")).as("liberado").isNull();
              });
    }

    repository.retryFailedNow(Instant.now());
    assertThat(senderDeLaApp.enviarPendientes()).isGreaterThanOrEqualTo(MENSAJES - antesDelCorte);
    assertThat(recibidas(lote)).hasSize(MENSAJES).doesNotHaveDuplicates();
    assertThat(estados(lote))
        .containsExactlyInAnyOrderEntriesOf(Map.of("ENVIADO", (long) MENSAJES));
  }

  /** Delivers what other tests left due, then queues this test's batch; returns its key prefix. */
  private String vaciarYEncolar() {
    TestMailServer.start();
    senderDeLaApp.enviarPendientes();
    TestMailServer.purge();
    String lote = UUID.randomUUID().toString().substring(0, 8);
    transaction.executeWithoutResult(
        status ->
            IntStream.range(0, MENSAJES)
                .forEach(
                    i ->
                        outbox.encolar(
                            MensajeNuevo.inmediato(
                                "lote/" + lote + "/" + i,
                                null,
                                "persona" + i + "@laserena.cl",
                                new CorreoRenderizado(
                                    "Aviso " + i, "texto", "<p>html</p>", null)))));
    return lote;
  }

  private OutboxSender sender(CorreoTransport transport) {
    return sender(transport, 50, 4);
  }

  private OutboxSender sender(CorreoTransport transport, int lote, int conexiones) {
    return Remitentes.remitente(repository, transport, lote, conexiones, Duration.ofMinutes(10));
  }

  private static List<String> recibidas(String lote) {
    return TestMailServer.received().stream()
        .map(Remitentes::clave)
        .filter(clave -> clave.startsWith("lote/" + lote + "/"))
        .toList();
  }

  private Map<String, Long> estados(String lote) {
    return jdbc
        .queryForList(
            "SELECT estado, COUNT(*) AS n FROM omm_mensaje WHERE clave LIKE ? GROUP BY estado",
            "lote/" + lote + "/%")
        .stream()
        .collect(
            Collectors.toMap(
                fila -> (String) fila.get("estado"), fila -> ((Number) fila.get("n")).longValue()));
  }
}
