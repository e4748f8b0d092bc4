package cl.conveniosomm.notificacion.plantilla;

/** Un correo listo para enviar: asunto de una línea, cuerpo en texto y en HTML, y un .ics opcional. */
public record CorreoRenderizado(String asunto, String texto, String html, Adjunto calendario) {
}
