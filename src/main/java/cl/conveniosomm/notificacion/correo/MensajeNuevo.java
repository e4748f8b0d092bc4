package cl.conveniosomm.notificacion.correo;

import cl.conveniosomm.notificacion.plantilla.CorreoRenderizado;

/**
 * A message to put in the outbox.
 *
 * @param clave unique key (obligation or task, reminder number or event, recipient): the same key
 *     is never queued, nor delivered, twice
 * @param usuarioId the recipient's user id when known (for the daily digest)
 * @param retener true to hold it for the recipient's daily digest instead of sending it
 * @param datos for held messages, what the digest needs to list it (JSON)
 */
public record MensajeNuevo(
    String clave,
    String convenioId,
    String usuarioId,
    String destinatario,
    CorreoRenderizado correo,
    boolean retener,
    String datos) {

  public static MensajeNuevo inmediato(
      String clave, String convenioId, String destinatario, CorreoRenderizado correo) {
    return new MensajeNuevo(clave, convenioId, null, destinatario, correo, false, null);
  }
}
