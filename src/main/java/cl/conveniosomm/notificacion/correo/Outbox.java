package cl.conveniosomm.notificacion.correo;

import cl.conveniosomm.notificacion.plantilla.Adjunto;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transactional outbox: a message is written in the transaction of the engine step that causes
 * it, so it exists exactly when the step committed. {@link OutboxSender} delivers it later.
 */
@Service
public class Outbox {

  private final OutboxRepository repository;

  public Outbox(OutboxRepository repository) {
    this.repository = repository;
  }

  /** Queues the message unless one with the same key exists; returns whether it was queued. */
  @Transactional(propagation = Propagation.REQUIRED)
  public boolean encolar(MensajeNuevo mensaje) {
    Adjunto adjunto = mensaje.correo().calendario();
    Instant ahora = Instant.now();
    return repository.insertIfAbsent(
        new MensajeSaliente(
            UUID.randomUUID().toString(),
            mensaje.clave(),
            mensaje.convenioId(),
            mensaje.usuarioId(),
            mensaje.destinatario(),
            mensaje.correo().asunto(),
            mensaje.correo().texto(),
            mensaje.correo().html(),
            adjunto == null ? null : adjunto.nombreArchivo(),
            adjunto == null ? null : adjunto.tipoContenido(),
            adjunto == null ? null : Base64.getEncoder().encodeToString(adjunto.contenido()),
            mensaje.datos(),
            mensaje.retener() ? EstadoMensaje.RETENIDO : EstadoMensaje.PENDIENTE,
            0,
            ahora,
            null,
            ahora,
            null));
  }
}
