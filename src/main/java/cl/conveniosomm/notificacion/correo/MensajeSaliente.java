package cl.conveniosomm.notificacion.correo;

import java.time.Instant;

/** A stored outbox message; {@code adjunto} is the attachment, Base64-encoded. */
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
    String datos,
    EstadoMensaje estado,
    int intentos,
    Instant proximoIntento,
    String ultimoError,
    Instant creadoEn,
    Instant enviadoEn) {}
