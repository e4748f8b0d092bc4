package cl.conveniosomm.notificacion.plantilla;

/** A generated attachment, ready for the sender. */
public record Adjunto(String nombreArchivo, String tipoContenido, byte[] contenido) {

  public Adjunto {
    Requerido.texto(nombreArchivo, "nombreArchivo");
    Requerido.texto(tipoContenido, "tipoContenido");
    Requerido.valor(contenido, "contenido");
  }
}
