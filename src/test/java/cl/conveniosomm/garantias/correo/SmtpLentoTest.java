package cl.conveniosomm.garantias.correo;

import static org.assertj.core.api.Assertions.assertThat;

import cl.conveniosomm.notificacion.correo.MensajeNuevo;
import cl.conveniosomm.notificacion.correo.Outbox;
import cl.conveniosomm.notificacion.correo.OutboxRepository;
import cl.conveniosomm.notificacion.correo.OutboxSender;
import cl.conveniosomm.notificacion.correo.SmtpTransport;
import cl.conveniosomm.notificacion.plantilla.CorreoRenderizado;
import cl.conveniosomm.support.DemoApplicationTest;
import cl.conveniosomm.support.TestMailServer;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An SMTP server slower than the sender's lock: two senders (as two nodes) share the outbox, each
 * message takes about three times the lock to go through, and still every message arrives once.
 */
class SmtpLentoTest extends DemoApplicationTest {

  private static final Duration BLOQUEO = Duration.ofMillis(400);
  private static final int MENSAJES = 4;

  @Autowired Outbox outbox;
  @Autowired OutboxSender senderDeLaApp;
  @Autowired OutboxRepository repository;
  @Autowired TransactionTemplate transaction;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aServerSlowerThanTheLockGetsEachMessageOnce() throws Exception {
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
                                "lento/" + lote + "/" + i,
                                null,
                                "persona" + i + "@laserena.cl",
                                new CorreoRenderizado(
                                    "Aviso " + i, "texto", "<p>html</p>", null)))));

    try (SmtpLento smtp = new SmtpLento(TestMailServer.port(), Duration.ofMillis(200))) {
      OutboxSender nodo1 = sender(smtp.port());
      OutboxSender nodo2 = sender(smtp.port());
      long inicio = System.nanoTime();
      CompletableFuture<Integer> envios1 = CompletableFuture.supplyAsync(() -> rondas(nodo1, lote));
      CompletableFuture<Integer> envios2 = CompletableFuture.supplyAsync(() -> rondas(nodo2, lote));
      int enviados = envios1.get() + envios2.get();
      Duration porMensaje =
          Duration.ofNanos(System.nanoTime() - inicio).multipliedBy(2).dividedBy(MENSAJES);

      assertThat(porMensaje)
          .as("el servidor es más lento que el bloqueo")
          .isGreaterThan(BLOQUEO.multipliedBy(2));
      assertThat(enviados).isEqualTo(MENSAJES);
    }
    List<String> claves = TestMailServer.received().stream().map(Remitentes::clave).toList();
    assertThat(claves).hasSize(MENSAJES).doesNotHaveDuplicates();
    assertThat(enviadosDelLote(lote)).isEqualTo(MENSAJES);
  }

  /**
   * The node's scheduled rounds (every 50 ms here) until the batch is sent: while one node sends,
   * the other keeps looking for messages whose lock expired.
   */
  private int rondas(OutboxSender nodo, String lote) {
    int enviados = 0;
    long limite = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (enviadosDelLote(lote) < MENSAJES && System.nanoTime() < limite) {
      enviados += nodo.enviarPendientes();
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return enviados;
  }

  private int enviadosDelLote(String lote) {
    return jdbc.queryForObject(
        "SELECT COUNT(*) FROM omm_mensaje WHERE clave LIKE ? AND estado = 'ENVIADO'",
        Integer.class,
        "lento/" + lote + "/%");
  }

  private OutboxSender sender(int port) {
    return Remitentes.remitente(
        repository,
        new SmtpTransport(Remitentes.smtp(port), "convenios@municipio.cl"),
        50,
        4,
        BLOQUEO);
  }
}
