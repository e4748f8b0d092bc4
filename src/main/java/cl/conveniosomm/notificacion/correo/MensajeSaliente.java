package cl.conveniosomm.notificacion.correo;

import java.time.Instant;
import java.util.Base64;

/**
 * A stored outbox message. Its attachment, named {@code adjuntoNombre} and typed {@code
 * adjuntoTipo}, is either in {@code adjunto} (Base64-encoded) or a document of the expediente,
 * {@code adjuntoDocumentoId}, read only when the message is sent.
 */
public record MensajeSaliente(
    String id,
    String clave,
    String convenioId,
    String usuarioId,
    String destinatario,
    String asunto,
    String texto,
    String html,
    String adjuntoNombre,
    String adjuntoTipo,
    String adjunto,
    String adjuntoDocumentoId,
    String datos,
    EstadoMensaje estado,
    int intentos,
    Instant proximoIntento,
    String ultimoError,
    Instant creadoEn,
    Instant enviadoEn) {

  /**
   * The message as it goes out: with the bytes of the expediente document it carries, if any, as
   * its attachment.
   */
  MensajeSaliente conDocumento(DocumentosAdjuntos documentos) {
    return adjuntoDocumentoId == null
        ? this
        : conContenidoDelDocumento(documentos.contenido(adjuntoDocumentoId));
  }

  private MensajeSaliente conContenidoDelDocumento(byte[] contenido) {
    return new MensajeSaliente(
        id,
        clave,
        convenioId,
        usuarioId,
        destinatario,
        asunto,
        texto,
        html,
        adjuntoNombre,
        adjuntoTipo,
        Base64.getEncoder().encodeToString(contenido),
        adjuntoDocumentoId,
        datos,
        estado,
        intentos,
        proximoIntento,
        ultimoError,
        creadoEn,
        enviadoEn);
  }
}
