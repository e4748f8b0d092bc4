package cl.conveniosomm.garantias.correo;

import cl.conveniosomm.notificacion.correo.CorreoProperties;
import cl.conveniosomm.notificacion.correo.CorreoTransport;
import cl.conveniosomm.notificacion.correo.OutboxRepository;
import cl.conveniosomm.notificacion.correo.OutboxSender;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Outbox senders of the tests' own, on the app's outbox, with the batch, connections and lock they
 * need.
 */
final class Remitentes {

  private Remitentes() {}

  static OutboxSender remitente(
      OutboxRepository repository,
      CorreoTransport transport,
      int lote,
      int conexiones,
      Duration bloqueo) {
    CorreoProperties properties =
        new CorreoProperties(
            "convenios@municipio.cl",
            "smtp",
            Path.of("target"),
            Duration.ofSeconds(5),
            lote,
            conexiones,
            bloqueo,
            Duration.ofSeconds(30),
            Duration.ofMinutes(30),
            true);
    // these senders' messages carry no document of the expediente
    return new OutboxSender(
        repository,
        transport,
        properties,
        documentoId -> {
          throw new IllegalStateException("Sin documentos del expediente: " + documentoId);
        });
  }

  static JavaMailSenderImpl smtp(int port) {
    JavaMailSenderImpl mail = new JavaMailSenderImpl();
    mail.setHost("127.0.0.1");
    mail.setPort(port);
    return mail;
  }

  /** The outbox key a delivered message carries. */
  static String clave(MimeMessage message) {
    try {
      return message.getHeader("X-Convenios-OMM-Clave")[0];
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
