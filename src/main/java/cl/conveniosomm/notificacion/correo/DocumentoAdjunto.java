package cl.conveniosomm.notificacion.correo;

/**
 * A PDF of the convenio's expediente that an email carries as its attachment: the outbox keeps the
 * id of that document version, and the sender reads its bytes when it sends the email.
 */
public record DocumentoAdjunto(String documentoId, String nombreArchivo) {

  static final String TIPO = "application/pdf";

  public DocumentoAdjunto {
    if (documentoId == null || documentoId.isBlank()) {
      throw new IllegalArgumentException("Falta el documento del expediente que va adjunto.");
    }
    if (nombreArchivo == null || nombreArchivo.isBlank()) {
      throw new IllegalArgumentException("Falta el nombre del archivo adjunto.");
    }
  }
}
