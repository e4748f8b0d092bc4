package cl.conveniosomm.bench;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Properties;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/**
 * The second baseline of figure 3: what a bare engine does to send a reminder, with no app around
 * it. A timer's service task renders a Spanish reminder (text and HTML, of the size of the app's,
 * with the Thymeleaf the app renders its mails with) and sends it over SMTP with Jakarta Mail, one
 * connection per message. Registered in the bare engine's configuration beans, no Spring context.
 */
final class RecordatorioBase implements JavaDelegate {

  private static final DateTimeFormatter LARGO =
      DateTimeFormatter.ofPattern("EEEE d 'de' MMMM 'de' yyyy", Locale.forLanguageTag("es-CL"));

  private static final String TEXTO =
      """
      Junto con saludarle, le recordamos que el plazo de la siguiente obligación vence en [(${dias})] días hábiles.

      Obligación: [(${obligacion})]
      Convenio: [(${convenio})]
      Comuna: [(${comuna})]
      Fecha de vencimiento: [(${venceLargo})] ([(${venceCorto})])
      Plazo restante: [(${dias})] días hábiles

      Qué debe hacer: ingrese a la tarea en Convenios OMM con el enlace de más abajo y complétela antes de la
      fecha de vencimiento. Si ya la completó, puede omitir este mensaje.

      Enlace a la tarea:
      [(${enlace})]

      De acuerdo con el procedimiento de seguimiento de plazos del convenio, este aviso se repetirá el día del
      vencimiento y, si la obligación sigue pendiente, cada cinco días hábiles, con copia a la Dirección de
      Desarrollo Comunitario (DIDECO) y a la Alcaldía. Agradecemos de antemano su gestión.

      --
      Convenios OMM · Servicio Nacional de la Mujer y la Equidad de Género (SERNAMEG)
      Este es un mensaje automático: no responda a esta dirección. Para dejar de recibir estos avisos
      o recibirlos en un resumen diario, ingrese a sus preferencias de notificación en Convenios OMM.
      """;

  private static final String HTML =
      """
      <!DOCTYPE html>
      <html lang="es">
      <head><meta charset="UTF-8"><title th:text="${asunto}">Recordatorio</title></head>
      <body style="margin:0;padding:16px;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222;">
      <div style="max-width:600px;">
        <p>Junto con saludarle, le recordamos que el plazo de la siguiente obligación vence en
          <strong th:text="${dias + ' días hábiles'}">10 días hábiles</strong>.</p>
        <table style="border-collapse:collapse;margin:12px 0;">
          <tr><th style="text-align:left;padding:4px 12px 4px 0;">Obligación</th><td th:text="${obligacion}">Informe</td></tr>
          <tr><th style="text-align:left;padding:4px 12px 4px 0;">Convenio</th><td th:text="${convenio}">convenio</td></tr>
          <tr><th style="text-align:left;padding:4px 12px 4px 0;">Comuna</th><td th:text="${comuna}">comuna</td></tr>
          <tr><th style="text-align:left;padding:4px 12px 4px 0;">Fecha de vencimiento</th>
            <td th:text="|${venceLargo} (${venceCorto})|">martes 12 de enero de 2027 (12-01-2027)</td></tr>
          <tr><th style="text-align:left;padding:4px 12px 4px 0;">Plazo restante</th>
            <td th:text="${dias + ' días hábiles'}">10 días hábiles</td></tr>
        </table>
        <p><strong>Qué debe hacer:</strong> ingrese a la tarea en Convenios OMM con el enlace de más abajo y
          complétela antes de la fecha de vencimiento. Si ya la completó, puede omitir este mensaje.</p>
        <p><a th:href="${enlace}" style="display:inline-block;padding:8px 16px;background:#5b2a86;color:#fff;
          text-decoration:none;border-radius:4px;">Abrir la tarea en Convenios OMM</a></p>
        <p style="color:#555;">De acuerdo con el procedimiento de seguimiento de plazos del convenio, este aviso se
          repetirá el día del vencimiento y, si la obligación sigue pendiente, cada cinco días hábiles, con copia a
          la Dirección de Desarrollo Comunitario (DIDECO) y a la Alcaldía. Agradecemos de antemano su gestión.</p>
        <hr style="border:none;border-top:1px solid #ddd;margin:16px 0;">
        <p style="font-size:12px;color:#777;">Convenios OMM · Servicio Nacional de la Mujer y la Equidad de Género
          (SERNAMEG). Este es un mensaje automático: no responda a esta dirección. Para dejar de recibir estos
          avisos o recibirlos en un resumen diario, ingrese a sus preferencias de notificación.</p>
      </div>
      </body>
      </html>
      """;

  private final Session sesion;
  private final SpringTemplateEngine texto = motor(TemplateMode.TEXT);
  private final SpringTemplateEngine html = motor(TemplateMode.HTML);

  RecordatorioBase(int puertoSmtp) {
    Properties p = new Properties();
    p.put("mail.smtp.host", "127.0.0.1");
    p.put("mail.smtp.port", String.valueOf(puertoSmtp));
    p.put("mail.smtp.connectiontimeout", "10000");
    p.put("mail.smtp.timeout", "10000");
    sesion = Session.getInstance(p);
  }

  private static SpringTemplateEngine motor(TemplateMode modo) {
    StringTemplateResolver resolutor = new StringTemplateResolver();
    resolutor.setTemplateMode(modo);
    resolutor.setCacheable(true);
    SpringTemplateEngine motor = new SpringTemplateEngine();
    motor.setTemplateResolver(resolutor);
    return motor;
  }

  @Override
  public void execute(DelegateExecution execution) throws Exception {
    LocalDate vence = LocalDate.parse((String) execution.getVariable("vence"));
    String obligacion = (String) execution.getVariable("obligacion");
    String asunto = "Recordatorio: " + obligacion + " vence en 10 días hábiles (La Serena)";
    Context c = new Context(Locale.forLanguageTag("es-CL"));
    c.setVariable("asunto", asunto);
    c.setVariable("dias", 10);
    c.setVariable("obligacion", obligacion);
    c.setVariable("convenio", execution.getProcessBusinessKey());
    c.setVariable("comuna", "La Serena");
    c.setVariable("venceLargo", LARGO.format(vence));
    c.setVariable("venceCorto", vence.format(DateTimeFormatter.ofPattern("dd-MM-yyyy")));
    c.setVariable(
        "enlace", "http://localhost:8080/camunda/app/tasklist/#/?task=" + execution.getId());

    MimeMessage mensaje = new MimeMessage(sesion);
    mensaje.setFrom(new InternetAddress("convenios-omm@base.bench"));
    mensaje.setRecipient(
        Message.RecipientType.TO,
        new InternetAddress((String) execution.getVariable("destinatario")));
    mensaje.setSubject(asunto, "UTF-8");
    MimeBodyPart parteTexto = new MimeBodyPart();
    parteTexto.setText(texto.process(TEXTO, c), "UTF-8");
    MimeBodyPart parteHtml = new MimeBodyPart();
    parteHtml.setContent(html.process(HTML, c), "text/html; charset=UTF-8");
    mensaje.setContent(new MimeMultipart("alternative", parteTexto, parteHtml));
    Transport.send(mensaje);
  }
}
