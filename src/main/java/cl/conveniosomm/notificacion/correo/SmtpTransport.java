package cl.conveniosomm.notificacion.correo;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Delivers through the configured SMTP server: each batch over one connection (connecting costs
 * about 50 times as much as a message sent on an open one).
 */
public class SmtpTransport implements CorreoTransport {

  private static final Logger LOG = LoggerFactory.getLogger(SmtpTransport.class);

  private final JavaMailSenderImpl mailSender;
  private final String from;

  public SmtpTransport(JavaMailSenderImpl mailSender, String from) {
    this.mailSender = mailSender;
    this.from = from;
  }

  @Override
  public Conexion abrir() throws MessagingException {
    // as JavaMailSenderImpl connects: an empty user (OMM_SMTP_USER unset) means no authentication
    String usuario = vacioEsNulo(mailSender.getUsername());
    String clave =
        usuario == null ? vacioEsNulo(mailSender.getPassword()) : mailSender.getPassword();
    Session session = mailSender.getSession();
    Transport transport =
        mailSender.getProtocol() == null
            ? session.getTransport()
            : session.getTransport(mailSender.getProtocol());
    transport.connect(mailSender.getHost(), mailSender.getPort(), usuario, clave);
    return new ConexionSmtp(session, transport);
  }

  private static String vacioEsNulo(String valor) {
    return valor == null || valor.isEmpty() ? null : valor;
  }

  private final class ConexionSmtp implements Conexion {

    private final Session session;
    private final Transport transport;

    ConexionSmtp(Session session, Transport transport) {
      this.session = session;
      this.transport = transport;
    }

    @Override
    public void enviar(MensajeSaliente mensaje) throws MessagingException {
      MimeMessage mime = MimeMensajes.construir(session, mensaje, from);
      mime.setSentDate(new Date());
      mime.saveChanges();
      Address[] destinatarios = mime.getAllRecipients();
      transport.sendMessage(mime, destinatarios == null ? new Address[0] : destinatarios);
    }

    @Override
    public boolean abierta() {
      return transport.isConnected();
    }

    @Override
    public void close() {
      try {
        transport.close();
      } catch (MessagingException e) {
        LOG.debug("Cierre de la conexión SMTP: {}", e.getMessage());
      }
    }
  }
}
