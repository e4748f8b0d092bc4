package cl.conveniosomm.notificacion.correo;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Properties;

/**
 * An outbox message as an .eml file, exactly as it is (or was) sent: with the expediente document
 * it carries, read from {@code documentos}.
 */
public final class Eml {

  private static final Session SESSION = Session.getInstance(new Properties());

  private Eml() {}

  public static byte[] de(MensajeSaliente mensaje, String from, DocumentosAdjuntos documentos) {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      MimeMensajes.construir(SESSION, mensaje.conDocumento(documentos), from).writeTo(out);
      return out.toByteArray();
    } catch (IOException | MessagingException e) {
      throw new IllegalStateException("No se pudo escribir el correo " + mensaje.clave(), e);
    }
  }
}
