package cl.conveniosomm.notificacion.correo;

import static org.assertj.core.api.Assertions.assertThat;

import cl.conveniosomm.documento.Documento;
import cl.conveniosomm.documento.DocumentoService;
import cl.conveniosomm.documento.TipoDocumento;
import cl.conveniosomm.notificacion.plantilla.CorreoRenderizado;
import cl.conveniosomm.support.DemoApplicationTest;
import cl.conveniosomm.support.MailParts;
import cl.conveniosomm.support.Pdf;
import cl.conveniosomm.support.TestMailServer;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A message that carries a document of the expediente goes with it or not at all: when the document
 * cannot be read the message stays in the outbox, with its error, for the next retry.
 */
class AdjuntoDelExpedienteTest extends DemoApplicationTest {

  private static final String CONVENIO = "04101-adjunto-ilegible";

  @Autowired Outbox outbox;
  @Autowired OutboxSender sender;
  @Autowired OutboxRepository repository;
  @Autowired DocumentoService documentos;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void noFailingMessageLeftForOtherTests() {
    jdbc.update("DELETE FROM omm_mensaje WHERE convenio_id = ?", CONVENIO);
  }

  @Test
  void aMessageWhoseDocumentCannotBeReadIsNotSentAndWaitsForItsRetry() throws Exception {
    TestMailServer.start();
    sender.enviarPendientes();
    Documento guardado =
        documentos.guardar(
            CONVENIO, TipoDocumento.DECRETO_FIRMADO, "d.pdf", Pdf.de("decreto"), "prueba");
    String inexistente = UUID.randomUUID().toString();
    encolar("adjunto/legible", guardado.id());
    encolar("adjunto/ilegible", inexistente);

    Instant antes = Instant.now();
    sender.enviarPendientes();

    assertThat(recibidos("adjunto/legible")).as("SMTP is up").hasSize(1);
    assertThat(recibidos("adjunto/ilegible")).isEmpty();
    MensajeSaliente ilegible = mensaje("adjunto/ilegible");
    assertThat(ilegible.estado()).isEqualTo(EstadoMensaje.PENDIENTE);
    assertThat(ilegible.intentos()).isEqualTo(1);
    assertThat(ilegible.ultimoError()).contains(inexistente);
    assertThat(ilegible.proximoIntento()).isAfter(antes);

    repository.retryFailedNow(Instant.now());
    sender.enviarPendientes();

    assertThat(recibidos("adjunto/ilegible")).as("a retry does not send it without it").isEmpty();
    assertThat(mensaje("adjunto/ilegible").intentos()).isEqualTo(2);
    assertThat(mensaje("adjunto/legible").estado()).isEqualTo(EstadoMensaje.ENVIADO);
  }

  private void encolar(String clave, String documentoId) {
    outbox.encolar(
        MensajeNuevo.inmediato(
            clave,
            CONVENIO,
            "dideco@laserena.cl",
            new CorreoRenderizado("Decreto", "texto", "<p>html</p>", null)),
        new DocumentoAdjunto(documentoId, "decreto.pdf"));
  }

  private MensajeSaliente mensaje(String clave) {
    return repository.findByConvenio(CONVENIO).stream()
        .filter(m -> m.clave().equals(clave))
        .findFirst()
        .orElseThrow();
  }

  private static List<MimeMessage> recibidos(String clave) {
    return TestMailServer.received().stream()
        .filter(m -> MailParts.clave(m).equals(clave))
        .toList();
  }
}
