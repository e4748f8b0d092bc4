package cl.conveniosomm.notificacion.plantilla;

/** An email ready to send: a one-line subject, plain-text and HTML bodies, and an optional .ics. */
public record CorreoRenderizado(String asunto, String texto, String html, Adjunto calendario) {}
