package cl.conveniosomm.notificacion.correo;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers the outbox. Each node takes a message by a conditional update (only one node can), sends
 * it outside any transaction, and marks it sent; a failure schedules a retry with exponential
 * backoff, forever, so nothing is dropped while SMTP is down. While a message is being sent its
 * lock is renewed, so a server slower than the lock never lets a second node send it again; only a
 * node that dies mid-send lets its lock expire. A batch ({@code omm.mail.lote}) is taken in one
 * conditional update and goes out over one SMTP connection ({@link Lote}); each of its messages is
 * marked sent, or failed with its retry, as soon as it has gone or failed, and the locks of the
 * batch's messages still waiting their turn are renewed with those of the one being sent. Up to
 * {@code omm.mail.conexiones} batches go out at the same time, each over its own connection. A
 * message that carries a document of the expediente goes only with it: the document is read as the
 * message is sent, and when it cannot be read the message fails and is retried as when SMTP fails.
 */
@Component
public class OutboxSender {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);

  private final OutboxRepository repository;
  private final CorreoTransport transport;
  private final CorreoProperties properties;
  private final DocumentosAdjuntos documentos;

  /**
   * Who holds a message: this sender ({@code pid@host}, shortened, and a random id) and its batch
   * number.
   */
  private final String nodo =
      recortar(ManagementFactory.getRuntimeMXBean().getName(), 50)
          + "/"
          + UUID.randomUUID().toString().substring(0, 13);

  private final AtomicLong lotes = new AtomicLong();
  private final ScheduledExecutorService renovador =
      Executors.newSingleThreadScheduledExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "outbox-renovar-bloqueo");
            thread.setDaemon(true);
            return thread;
          });

  private final ExecutorService envio;

  public OutboxSender(
      OutboxRepository repository,
      CorreoTransport transport,
      CorreoProperties properties,
      DocumentosAdjuntos documentos) {
    this.repository = repository;
    this.transport = transport;
    this.properties = properties;
    this.documentos = documentos;
    AtomicInteger hilos = new AtomicInteger();
    this.envio =
        Executors.newFixedThreadPool(
            properties.conexiones(),
            runnable -> {
              Thread thread = new Thread(runnable, "outbox-envio-" + hilos.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
  }

  /** A sender without the expediente: a message carrying one of its documents fails and waits. */
  @Scheduled(
      fixedDelayString = "${omm.mail.intervalo:5s}",
      initialDelayString = "${omm.mail.intervalo:5s}")
  public void programado() {
    if (properties.envioActivo()) {
      enviarPendientes();
    }
  }

  /**
   * Sends every message due now, round after round while messages go out: each round takes up to
   * {@code conexiones} batches and sends them at the same time; returns how many went.
   */
  public int enviarPendientes() {
    int enviados = 0;
    int enviadosEnRonda;
    do {
      List<String> vencidos =
          repository.findDue(Instant.now(), properties.lote() * properties.conexiones());
      enviadosEnRonda = enParalelo(enLotes(vencidos, properties.lote()));
      enviados += enviadosEnRonda;
    } while (enviadosEnRonda > 0);
    return enviados;
  }

  private static List<List<String>> enLotes(List<String> ids, int lote) {
    return IntStream.range(0, (ids.size() + lote - 1) / lote)
        .mapToObj(i -> ids.subList(i * lote, Math.min(ids.size(), (i + 1) * lote)))
        .toList();
  }

  private int enParalelo(List<List<String>> lotes) {
    if (lotes.size() <= 1) {
      return lotes.isEmpty() ? 0 : enviarLote(lotes.get(0));
    }
    List<CompletableFuture<Integer>> envios =
        lotes.stream()
            .map(ids -> CompletableFuture.supplyAsync(() -> enviarLote(ids), envio))
            .toList();
    return envios.stream().mapToInt(CompletableFuture::join).sum();
  }

  /**
   * Takes the batch's messages that no other sender holds and sends them one by one over one
   * connection, marking each as it goes; the locks of those not sent yet are renewed meanwhile.
   */
  private int enviarLote(List<String> ids) {
    String lote = nodo + "/" + lotes.incrementAndGet();
    Instant ahora = Instant.now();
    List<MensajeSaliente> mensajes =
        repository.claim(ids, lote, ahora, ahora.plus(properties.bloqueo()));
    if (mensajes.isEmpty()) {
      return 0;
    }
    long cada = Math.max(1, properties.bloqueo().toMillis() / 3);
    ScheduledFuture<?> renovacion =
        renovador.scheduleAtFixedRate(
            () -> repository.extendClaim(lote, Instant.now().plus(properties.bloqueo())),
            cada,
            cada,
            TimeUnit.MILLISECONDS);
    int enviados = 0;
    try (Lote conexion = new Lote(transport)) {
      for (MensajeSaliente mensaje : mensajes) {
        if (enviar(mensaje, lote, conexion)) {
          enviados++;
        }
      }
    } finally {
      renovacion.cancel(false);
    }
    return enviados;
  }

  private boolean enviar(MensajeSaliente mensaje, String lote, Lote conexion) {
    try {
      conexion.enviar(mensaje.conDocumento(documentos));
      repository.markSent(mensaje.id(), lote, Instant.now());
      return true;
    } catch (Exception e) {
      Duration espera = backoff(mensaje.intentos());
      String error = describir(e);
      repository.markFailed(mensaje.id(), lote, error, Instant.now().plus(espera));
      LOG.warn(
          "No se pudo enviar el correo {} a {} (intento {}): {}. Nuevo intento en {} s.",
          mensaje.clave(),
          mensaje.destinatario(),
          mensaje.intentos() + 1,
          error,
          espera.toSeconds());
      return false;
    }
  }

  Duration backoff(int intentosPrevios) {
    Duration espera =
        properties.reintentoInicial().multipliedBy(1L << Math.min(intentosPrevios, 20));
    return espera.compareTo(properties.reintentoMaximo()) > 0
        ? properties.reintentoMaximo()
        : espera;
  }

  private static String recortar(String texto, int largo) {
    return texto.length() > largo ? texto.substring(0, largo) : texto;
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
