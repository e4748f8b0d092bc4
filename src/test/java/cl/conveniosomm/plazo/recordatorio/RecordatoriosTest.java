package cl.conveniosomm.plazo.recordatorio;

import static org.assertj.core.api.Assertions.assertThat;

import cl.conveniosomm.notificacion.correo.OutboxRepository;
import cl.conveniosomm.notificacion.correo.OutboxSender;
import cl.conveniosomm.plazo.EstadoPlazo;
import cl.conveniosomm.plazo.NuevoPlazo;
import cl.conveniosomm.plazo.Plazo;
import cl.conveniosomm.plazo.PlazoRepository;
import cl.conveniosomm.plazo.PlazoService;
import cl.conveniosomm.support.DemoApplicationTest;
import cl.conveniosomm.support.MailParts;
import cl.conveniosomm.support.TestMailServer;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The reminder ladder end to end: the engine clock moves, the scheduler queues what is due, the
 * outbox fills, the sender delivers to a real SMTP server.
 */
class RecordatoriosTest extends DemoApplicationTest {

  private static final ZoneId SANTIAGO = ZoneId.of("America/Santiago");
  private static final LocalDate VENCE = LocalDate.of(2026, 7, 10);
  private static final String OMM = "encargada.omm@laserena.cl";
  private static final String DIDECO = "director.dideco@laserena.cl";
  private static final String ALCALDIA = "alcaldia@laserena.cl";
  private static final String SERNAMEG = "contraparte@sernameg.gob.cl";

  @Autowired PlazoService plazoService;
  @Autowired PlazoRepository plazoRepository;
  @Autowired OutboxSender sender;
  @Autowired OutboxRepository outbox;
  @Autowired ProgramadorRecordatorios programador;

  @BeforeEach
  void clean() {
    TestMailServer.start();
    outbox.retryFailedNow(java.time.Instant.now());
    sender.enviarPendientes();
    TestMailServer.purge();
  }

  @AfterEach
  void resetClockAndDeliver() {
    ClockUtil.reset();
    TestMailServer.start();
    outbox.retryFailedNow(java.time.Instant.now());
    sender.enviarPendientes();
  }

  @Test
  void everyStepIsDeliveredOnceOnItsDiaHabilToItsPeopleUntilTheObligationIsMet() throws Exception {
    moveClockTo(LocalDate.of(2026, 6, 22), 10);
    Plazo plazo = plazoService.abrir(nuevoPlazo("informe-semestral-2026-1", List.of(OMM)));

    assertThat(timerDate(plazo)).isEqualTo(at(LocalDate.of(2026, 6, 25), 9));
    fireTimerAndSend(plazo);
    assertThat(recipientsOfLastRound(plazo)).containsExactly(OMM);
    assertThat(mails(plazo).get(0).getSubject()).startsWith("Recordatorio");

    assertThat(timerDate(plazo)).isEqualTo(at(LocalDate.of(2026, 7, 7), 9));
    fireTimerAndSend(plazo);
    assertThat(recipientsOfLastRound(plazo)).containsExactly(OMM);

    assertThat(timerDate(plazo)).isEqualTo(at(VENCE, 9));
    fireTimerAndSend(plazo);
    assertThat(recipientsOfLastRound(plazo)).containsExactly(OMM);
    assertThat(mails(plazo).get(0).getSubject()).startsWith("Vence hoy");

    // Thursday 16 July is a holiday: 5 días hábiles after Friday 10 July is Monday 20 July.
    assertThat(timerDate(plazo)).isEqualTo(at(LocalDate.of(2026, 7, 20), 9));
    fireTimerAndSend(plazo);
    assertThat(recipientsOfLastRound(plazo))
        .containsExactlyInAnyOrder(OMM, DIDECO, ALCALDIA, SERNAMEG);
    assertThat(plazoRepository.findById(plazo.id()).orElseThrow().estado(LocalDate.of(2026, 7, 20)))
        .isEqualTo(EstadoPlazo.VENCIDO);

    assertThat(timerDate(plazo)).isEqualTo(at(LocalDate.of(2026, 7, 27), 9));
    plazoService.cumplir(plazo.id());

    TestMailServer.purge();
    ClockUtil.setCurrentTime(at(LocalDate.of(2026, 7, 27), 9));
    programador.enviarVencidos();
    sender.enviarPendientes();
    assertThat(mails(plazo)).as("no reminder once met").isEmpty();
    Plazo cumplido = plazoRepository.findById(plazo.id()).orElseThrow();
    assertThat(cumplido.estadoGuardado()).isEqualTo(EstadoPlazo.CUMPLIDO);
    assertThat(cumplido.proximoRecordatorio()).isNull();
  }

  @Test
  void aDeadlineMailCarriesTheCalendarFileOfTheDueDate() throws Exception {
    moveClockTo(LocalDate.of(2026, 7, 9), 10);
    Plazo plazo = plazoService.abrir(nuevoPlazo("plan-anual-2027", List.of(OMM)));

    fireTimerAndSend(plazo);

    MimeMessage mail = mails(plazo).get(0);
    assertThat(mail.getContentType()).startsWith("multipart/mixed");
    assertThat(GreenMailUtil.getWholeMessage(mail)).contains("text/html").contains("text/plain");
    assertThat(MailParts.part(mail, "text/calendar"))
        .contains("DTSTART;VALUE=DATE:20260710")
        .contains("UID:");
  }

  @Test
  void smtpDownDelaysMailWithoutLosingOrDuplicatingIt() throws Exception {
    // opened a week late: its next reminder is the first overdue one, to 2 responsables and 3
    // copies
    moveClockTo(LocalDate.of(2026, 7, 17), 10);
    Plazo plazo = plazoService.abrir(nuevoPlazo("informe-final", List.of(OMM, "otra@laserena.cl")));
    TestMailServer.stop();

    fireTimer(plazo);
    sender.enviarPendientes();
    assertThat(outbox.findByConvenio(plazo.convenioId()))
        .hasSize(5)
        .allSatisfy(
            mensaje -> assertThat(mensaje.ultimoError()).as("intentado y fallido").isNotNull());

    TestMailServer.start();
    assertThat(mails(plazo)).isEmpty();
    outbox.retryFailedNow(java.time.Instant.now());
    sender.enviarPendientes();
    sender.enviarPendientes();
    assertThat(mails(plazo)).hasSize(5);
    programador.enviarVencidos();
    assertThat(outbox.findByConvenio(plazo.convenioId())).as("queued once").hasSize(5);
  }

  @Test
  void anAddressThatDoesNotParseIsReportedOnTheObligation() {
    moveClockTo(LocalDate.of(2026, 6, 22), 10);

    Plazo plazo = plazoService.abrir(nuevoPlazo("agenda-2026", List.of(OMM, "no es un correo")));

    assertThat(plazo.responsables()).containsExactly(OMM);
    assertThat(plazoRepository.findById(plazo.id()).orElseThrow().direccionesInvalidas())
        .contains("no es un correo")
        .contains("no válidas");
  }

  private void fireTimerAndSend(Plazo plazo) {
    TestMailServer.purge();
    fireTimer(plazo);
    sender.enviarPendientes();
  }

  private void fireTimer(Plazo plazo) {
    ClockUtil.setCurrentTime(timerDate(plazo));
    assertThat(programador.enviarVencidos()).as("recordatorios encolados").isPositive();
  }

  private Date timerDate(Plazo plazo) {
    return Date.from(
        plazoRepository.findById(plazo.id()).orElseThrow().proximoRecordatorio().cuando());
  }

  /**
   * The messages of this plazo in the SMTP server: the scheduler queues every deadline due at the
   * moved clock, other test classes' among them, as it does in production.
   */
  private static List<MimeMessage> mails(Plazo plazo) {
    return TestMailServer.received().stream()
        .filter(mail -> MailParts.clave(mail).startsWith("plazo/" + plazo.id() + "/"))
        .toList();
  }

  private static List<String> recipientsOfLastRound(Plazo plazo) throws Exception {
    List<String> recipients = new java.util.ArrayList<>();
    for (MimeMessage message : mails(plazo)) {
      for (Address address : message.getAllRecipients()) {
        recipients.add(address.toString());
      }
    }
    return recipients;
  }

  private static NuevoPlazo nuevoPlazo(String obligacion, List<String> responsables) {
    return new NuevoPlazo(
        "04101-" + UUID.randomUUID().toString().substring(0, 8),
        obligacion,
        "Informe Semestral de Avance (1er semestre 2026)",
        "04101",
        "La Serena",
        VENCE,
        responsables,
        List.of(DIDECO, ALCALDIA),
        List.of(SERNAMEG),
        "http://localhost:8080/camunda/app/tasklist/default/");
  }

  private static void moveClockTo(LocalDate day, int hour) {
    ClockUtil.setCurrentTime(at(day, hour));
  }

  private static Date at(LocalDate day, int hour) {
    return Date.from(day.atTime(hour, 0).atZone(SANTIAGO).toInstant());
  }
}
