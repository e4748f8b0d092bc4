package cl.conveniosomm.notificacion.correo;

import jakarta.activation.FileTypeMap;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.ConfigurableMimeFileTypeMap;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Builds the MIME message of an outbox entry: text and HTML alternatives, and its attachment (the
 * calendar file, or the expediente document the sender has read into the entry).
 */
final class MimeMensajes {

  /**
   * The MIME types of attachment names, read once: Spring's helper would otherwise read them from
   * the classpath for every message (a tenth of the sender's time in a burst).
   */
  private static final ConfigurableMimeFileTypeMap TIPOS = new ConfigurableMimeFileTypeMap();

  static {
    TIPOS.afterPropertiesSet();
  }

  private MimeMensajes() {}

  static MimeMessage construir(Session session, MensajeSaliente mensaje, String from)
      throws MessagingException {
    String messageId = "<" + sha256(mensaje.clave()) + "@convenios-omm>";
    // The Message-ID comes from the outbox key: if a crash ever makes a message go out twice, mail
    // servers and clients see one message.
    MimeMessage mime =
        new MimeMessage(session) {
          @Override
          protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
          }
        };
    MimeMessageHelper helper =
        new MimeMessageHelper(mime, true, StandardCharsets.UTF_8.name()) {
          @Override
          protected FileTypeMap getDefaultFileTypeMap(MimeMessage mimeMessage) {
            return TIPOS;
          }
        };
    helper.setFrom(from);
    helper.setTo(mensaje.destinatario());
    helper.setSubject(mensaje.asunto());
    helper.setText(mensaje.texto(), mensaje.html());
    if (mensaje.adjunto() != null) {
      helper.addAttachment(
          mensaje.adjuntoNombre(),
          new ByteArrayResource(Base64.getDecoder().decode(mensaje.adjunto())),
          mensaje.adjuntoTipo());
    }
    mime.setHeader("X-Convenios-OMM-Clave", mensaje.clave());
    return mime;
  }

  private static String sha256(String value) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
