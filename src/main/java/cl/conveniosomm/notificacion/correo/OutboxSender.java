package cl.conveniosomm.notificacion.correo;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers the outbox. Each node takes a message by a conditional update (only one node can), sends
 * it outside any transaction, and marks it sent; a failure schedules a retry with exponential
 * backoff, forever, so nothing is dropped while SMTP is down. While a message is being sent its
 * lock is renewed, so a server slower than the lock never lets a second node send it again; only a
 * node that dies mid-send lets its lock expire. A batch ({@code omm.mail.lote}) goes out over one
 * SMTP connection ({@link Lote}), each of its messages still taken, sent and marked on its own.
 */
@Component
public class OutboxSender {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);

  private final OutboxRepository repository;
  private final CorreoTransport transport;
  private final CorreoProperties properties;
  private final String nodo = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
  private final ScheduledExecutorService renovador = Executors.newSingleThreadScheduledExecutor(runnable -> {
    Thread thread = new Thread(runnable, "outbox-renovar-bloqueo");
    thread.setDaemon(true);
    return thread;
  });

  public OutboxSender(OutboxRepository repository, CorreoTransport transport, CorreoProperties properties) {
    this.repository = repository;
    this.transport = transport;
    this.properties = properties;
  }

  @Scheduled(fixedDelayString = "${omm.mail.intervalo:5s}", initialDelayString = "${omm.mail.intervalo:5s}")
  public void programado() {
    if (properties.envioActivo()) {
      enviarPendientes();
    }
  }

  /** Sends every message due now, batch after batch while batches go out; returns how many did. */
  public int enviarPendientes() {
    int enviados = 0;
    int enviadosEnRonda;
    do {
      enviadosEnRonda = enviarLote(repository.findDue(Instant.now(), properties.lote()));
      enviados += enviadosEnRonda;
    } while (enviadosEnRonda > 0);
    return enviados;
  }

  /** Takes and sends the batch's messages one by one, all over one connection. */
  private int enviarLote(List<String> ids) {
    int enviados = 0;
    try (Lote lote = new Lote(transport)) {
      for (String id : ids) {
        Instant ahora = Instant.now();
        if (repository.claim(id, nodo, ahora, ahora.plus(properties.bloqueo())) && enviar(repository.get(id), lote)) {
          enviados++;
        }
      }
    }
    return enviados;
  }

  private boolean enviar(MensajeSaliente mensaje, Lote lote) {
    long cada = Math.max(1, properties.bloqueo().toMillis() / 3);
    ScheduledFuture<?> renovacion = renovador.scheduleAtFixedRate(
        () -> repository.extendClaim(mensaje.id(), nodo, Instant.now().plus(properties.bloqueo())),
        cada, cada, TimeUnit.MILLISECONDS);
    try {
      lote.enviar(mensaje);
      renovacion.cancel(false);
      repository.markSent(mensaje.id(), nodo, Instant.now());
      return true;
    } catch (Exception e) {
      renovacion.cancel(false);
      Duration espera = backoff(mensaje.intentos());
      String error = describir(e);
      repository.markFailed(mensaje.id(), nodo, error, Instant.now().plus(espera));
      LOG.warn("No se pudo enviar el correo {} a {} (intento {}): {}. Nuevo intento en {} s.",
          mensaje.clave(), mensaje.destinatario(), mensaje.intentos() + 1, error, espera.toSeconds());
      return false;
    }
  }

  Duration backoff(int intentosPrevios) {
    Duration espera = properties.reintentoInicial().multipliedBy(1L << Math.min(intentosPrevios, 20));
    return espera.compareTo(properties.reintentoMaximo()) > 0 ? properties.reintentoMaximo() : espera;
  }

  private static String describir(Exception e) {
    Throwable raiz = e;
    while (raiz.getCause() != null && raiz.getCause() != raiz) {
      raiz = raiz.getCause();
    }
    String texto = raiz.getClass().getSimpleName() + ": " + raiz.getMessage();
    return texto.length() > 1000 ? texto.substring(0, 1000) : texto;
  }
}
