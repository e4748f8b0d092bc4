package cl.conveniosomm.notificacion.correo;

import org.springframework.mail.javamail.JavaMailSender;

/** Delivers through the configured SMTP server. */
public class SmtpTransport implements CorreoTransport {

  private final JavaMailSender mailSender;
  private final String from;

  public SmtpTransport(JavaMailSender mailSender, String from) {
    this.mailSender = mailSender;
    this.from = from;
  }

  @Override
  public void enviar(MensajeSaliente mensaje) throws Exception {
    mailSender.send(MimeMensajes.construir(mailSender.createMimeMessage().getSession(), mensaje, from));
  }
}
