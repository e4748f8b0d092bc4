package cl.conveniosomm.notificacion.plantilla;

/** Un archivo adjunto ya generado, listo para el remitente. */
public record Adjunto(String nombreArchivo, String tipoContenido, byte[] contenido) {

  public Adjunto {
    Requerido.texto(nombreArchivo, "nombreArchivo");
    Requerido.texto(tipoContenido, "tipoContenido");
    Requerido.valor(contenido, "contenido");
  }
}
