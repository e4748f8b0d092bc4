package cl.conveniosomm.notificacion.correo;

import static org.assertj.core.api.Assertions.assertThat;

import cl.conveniosomm.support.MailParts;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's mailbox: every message is an .eml file any mail client opens. */
class ArchivoEmlTransportTest {

  @TempDir Path directorio;

  @Test
  void writesAReadableEmlFilePerMessage() throws Exception {
    MensajeSaliente mensaje =
        new MensajeSaliente(
            "id-1",
            "plazo/x/1/omm@laserena.cl",
            "04101-2016-12-19",
            null,
            "omm@laserena.cl",
            "Recordatorio: Informe vence el 10-07-2026 (La Serena)",
            "Texto del aviso",
            "<p>Texto del aviso</p>",
            "plazo.ics",
            "text/calendar; charset=UTF-8; method=PUBLISH",
            java.util.Base64.getEncoder()
                .encodeToString("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes()),
            null,
            null,
            EstadoMensaje.PENDIENTE,
            0,
            Instant.now(),
            null,
            Instant.now(),
            null);

    new ArchivoEmlTransport(directorio, "convenios@municipio.cl").enviar(mensaje);

    List<Path> files;
    try (Stream<Path> listing = Files.list(directorio)) {
      files = listing.toList();
    }
    assertThat(files)
        .singleElement()
        .satisfies(file -> assertThat(file.toString()).endsWith(".eml"));
    try (InputStream in = Files.newInputStream(files.get(0))) {
      MimeMessage read = new MimeMessage(Session.getInstance(new Properties()), in);
      assertThat(read.getSubject()).isEqualTo(mensaje.asunto());
      assertThat(read.getAllRecipients()[0].toString()).isEqualTo("omm@laserena.cl");
      assertThat(MailParts.part(read, "text/plain")).isEqualTo("Texto del aviso");
      assertThat(MailParts.part(read, "text/calendar")).contains("BEGIN:VCALENDAR");
    }
  }
}
