package cl.conveniosomm.support;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;

/** Reads a decoded part of a received message, the way a mail client shows it. */
public final class MailParts {

  private MailParts() {}

  /** The first part of the given MIME type, decoded, or null. */
  public static String part(Part part, String mimeType) throws Exception {
    if (part.isMimeType(mimeType)) {
      return new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
    if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        String found = part(multipart.getBodyPart(i), mimeType);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /** The outbox key the app stamps on each message it sends ({@code X-Convenios-OMM-Clave}). */
  public static String clave(MimeMessage message) {
    try {
      String[] clave = message.getHeader("X-Convenios-OMM-Clave");
      return clave == null ? "" : clave[0];
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
