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
    return encolar(mensaje, null);
  }

  /**
   * Queues the message with a document of the expediente as its attachment (or none when {@code
   * documento} is null), unless one with the same key exists; returns whether it was queued.
   */
  @Transactional(propagation = Propagation.REQUIRED)
  public boolean encolar(MensajeNuevo mensaje, DocumentoAdjunto documento) {
    Adjunto calendario = mensaje.correo().calendario();
    if (documento != null) {
      if (calendario != null) {
        throw new IllegalArgumentException(
            "Un correo lleva un solo adjunto: el calendario o un documento del expediente.");
      }
      return guardar(
          mensaje, documento.nombreArchivo(), DocumentoAdjunto.TIPO, null, documento.documentoId());
    }
    return calendario == null
        ? guardar(mensaje, null, null, null, null)
        : guardar(
            mensaje,
            calendario.nombreArchivo(),
            calendario.tipoContenido(),
            Base64.getEncoder().encodeToString(calendario.contenido()),
            null);
  }

  private boolean guardar(
      MensajeNuevo mensaje,
      String adjuntoNombre,
      String adjuntoTipo,
      String adjunto,
      String adjuntoDocumentoId) {
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
            adjuntoNombre,
            adjuntoTipo,
            adjunto,
            adjuntoDocumentoId,
            mensaje.datos(),
            mensaje.retener() ? EstadoMensaje.RETENIDO : EstadoMensaje.PENDIENTE,
            0,
            ahora,
            null,
            ahora,
            null));
  }
}
