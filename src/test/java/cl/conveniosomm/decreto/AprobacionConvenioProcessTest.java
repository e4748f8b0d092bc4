package cl.conveniosomm.decreto;

import static cl.conveniosomm.documento.TipoDocumento.DECRETO_FIRMADO;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cl.conveniosomm.documento.Documento;
import cl.conveniosomm.documento.DocumentoService;
import cl.conveniosomm.documento.TipoDocumento;
import cl.conveniosomm.notificacion.correo.EstadoMensaje;
import cl.conveniosomm.notificacion.correo.OutboxRepository;
import cl.conveniosomm.notificacion.correo.OutboxSender;
import cl.conveniosomm.plazo.EstadoPlazo;
import cl.conveniosomm.plazo.PlazoRepository;
import cl.conveniosomm.proceso.Grupos;
import cl.conveniosomm.support.DemoApplicationTest;
import cl.conveniosomm.support.MailParts;
import cl.conveniosomm.support.Pdf;
import cl.conveniosomm.support.Registro;
import cl.conveniosomm.support.TestMailServer;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** One test per path of the approval, on the real engine and services. */
class AprobacionConvenioProcessTest extends DemoApplicationTest {

  private static final AtomicInteger DECRETOS = new AtomicInteger(5000);
  private static final String SE_ADJUNTA =
      "Se adjunta a este correo el decreto firmado, en formato PDF.";

  @Autowired ProcessEngine processEngine;
  @Autowired AntecedenteRepository antecedentes;
  @Autowired DecretoRepository decretos;
  @Autowired OutboxRepository outbox;
  @Autowired DocumentoService documentos;
  @Autowired PlazoRepository plazos;
  @Autowired DistribucionService distribucion;
  @Autowired OutboxSender sender;

  @BeforeEach
  void useTheApplicationsEngine() {
    init(processEngine);
  }

  @Test
  void straightThroughEndsWithTheDecretoDistributedWithItsSignedPdf() throws Exception {
    ProcessInstance aprobacion = iniciar("04101-recto");

    solicitarRevision(aprobacion);
    revisarConforme(aprobacion, "05-102");
    municipioCompleta(aprobacion);
    emitirResolucion(aprobacion);
    solicitarDecreto(aprobacion);
    prepararBorrador(aprobacion);
    firmar(aprobacion);
    String numero = numerar(aprobacion, "2017-03-16");
    Documento primera = documentos.vigente("04101-recto", DECRETO_FIRMADO, "").orElseThrow();
    documentos.guardar(
        "04101-recto",
        DECRETO_FIRMADO,
        "decreto-corregido.pdf",
        Pdf.de("Decreto alcaldicio firmado, segunda version"),
        "prueba");

    assertThat(aprobacion).isWaitingAt("Task_DistribuirDecreto");
    execute(job());
    assertThat(aprobacion)
        .hasPassedInOrder(
            "Task_SolicitarRevision",
            "Task_RevisarConvenio",
            "Task_EmitirCertificadoDaf",
            "Task_RemitirAntecedentes",
            "Task_SolicitarDecreto",
            "Task_PrepararBorradorDecreto",
            "Task_FirmarDecreto",
            "Task_NumerarDecreto",
            "Task_DistribuirDecreto")
        .hasNotPassed("Task_ResponderObservaciones")
        .isEnded();
    assertThat(aprobacion)
        .variables()
        .containsEntry("decretoNumero", numero)
        .containsEntry("decretoFecha", "2017-03-16")
        .containsEntry("efectoRetroactivo", true);
    Assertions.assertThat(antecedentes.findByConvenio("04101-recto")).hasSize(9);
    Assertions.assertThat(outbox.find(EstadoMensaje.PENDIENTE, false, 500))
        .filteredOn(m -> m.clave().startsWith("decreto/04101-recto/"))
        .hasSize(8);
    Documento vigente = documentos.vigente("04101-recto", DECRETO_FIRMADO, "").orElseThrow();
    Assertions.assertThat(vigente.sha256()).isNotEqualTo(primera.sha256());
    Assertions.assertThat(outbox.findByConvenio("04101-recto"))
        .filteredOn(m -> m.clave().startsWith("decreto/04101-recto/"))
        .as("the outbox keeps a reference to the signed decreto, not a copy")
        .hasSize(8)
        .allSatisfy(
            m -> {
              Assertions.assertThat(m.adjuntoDocumentoId()).isEqualTo(vigente.id());
              Assertions.assertThat(m.adjunto()).isNull();
            });
    List<MimeMessage> recibidos = enviarDistribucion("04101-recto");
    Assertions.assertThat(recibidos).hasSize(8);
    for (MimeMessage recibido : recibidos) {
      Assertions.assertThat(recibido.isMimeType("multipart/mixed")).isTrue();
      List<Part> adjuntos = adjuntos(recibido);
      Assertions.assertThat(adjuntos).hasSize(1);
      Part pdf = adjuntos.get(0);
      Assertions.assertThat(pdf.isMimeType("application/pdf")).isTrue();
      Assertions.assertThat(pdf.getFileName()).isEqualTo("decreto-04101-recto.pdf");
      byte[] bytes = pdf.getInputStream().readAllBytes();
      Assertions.assertThat(DocumentoService.sha256(bytes)).isEqualTo(vigente.sha256());
      Assertions.assertThat(bytes).isEqualTo(documentos.contenido(vigente));
      Assertions.assertThat(MailParts.part(recibido, "text/plain")).contains(SE_ADJUNTA);
      Assertions.assertThat(MailParts.part(recibido, "text/html")).contains(SE_ADJUNTA);
    }
    Assertions.assertThat(plazos.find("04101-recto", null, LocalDate.now(), 100))
        .as("each task was a plazo, met when completed")
        .hasSize(9)
        .allSatisfy(
            plazo -> Assertions.assertThat(plazo.estadoGuardado()).isEqualTo(EstadoPlazo.CUMPLIDO));
  }

  @Test
  void withoutASignedDecretoOnFileTheUnitsAreSentTheEmailWithoutAttachment() throws Exception {
    String convenio = "04101-sin-decreto-firmado";
    Assertions.assertThat(documentos.vigente(convenio, DECRETO_FIRMADO, "")).isEmpty();

    distribucion.distribuir(
        new Decreto(convenio, "04101", "9001", LocalDate.of(2017, 3, 16), false),
        "La Serena",
        LocalDate.of(2016, 12, 19),
        List.of(UnidadDistribucion.DIDECO, UnidadDistribucion.OFICINA_PARTES));

    Assertions.assertThat(outbox.findByConvenio(convenio))
        .hasSize(2)
        .allSatisfy(m -> Assertions.assertThat(m.adjuntoDocumentoId()).isNull());
    List<MimeMessage> recibidos = enviarDistribucion(convenio);
    Assertions.assertThat(recibidos).hasSize(2);
    for (MimeMessage recibido : recibidos) {
      Assertions.assertThat(adjuntos(recibido)).isEmpty();
      Assertions.assertThat(MailParts.part(recibido, "text/plain"))
          .contains("Decreto Alcaldicio N° 9001")
          .doesNotContain(SE_ADJUNTA);
      Assertions.assertThat(MailParts.part(recibido, "text/html")).doesNotContain(SE_ADJUNTA);
    }
  }

  @Test
  void oneRoundOfLegalObservationsLoopsThroughDideco() {
    ProcessInstance aprobacion = iniciar("04101-una-ronda");
    solicitarRevision(aprobacion);

    revisarConObservaciones(aprobacion, "05-749");
    assertThat(aprobacion).isWaitingAt("Task_ResponderObservaciones", "Task_EmitirResolucion");
    assertThat(task("Task_ResponderObservaciones", aprobacion)).hasCandidateGroup(Grupos.DIDECO);
    responder(aprobacion);
    revisarConforme(aprobacion, "05-102");

    assertThat(aprobacion).isWaitingAt("Task_EmitirCertificadoDaf", "Task_EmitirResolucion");
    Assertions.assertThat(antecedentes.findByConvenio("04101-una-ronda"))
        .filteredOn(a -> a.unidad() == UnidadEmisora.ASESORIA_JURIDICA)
        .extracting(Antecedente::numero)
        .containsExactly("05-749", "05-102");
  }

  @Test
  void twoRoundsOfLegalObservations() {
    ProcessInstance aprobacion = iniciar("04101-dos-rondas");
    solicitarRevision(aprobacion);

    revisarConObservaciones(aprobacion, "05-749");
    responder(aprobacion);
    revisarConObservaciones(aprobacion, "05-801");
    responder(aprobacion);
    revisarConforme(aprobacion, "05-102");

    assertThat(aprobacion).isWaitingAt("Task_EmitirCertificadoDaf", "Task_EmitirResolucion");
    Assertions.assertThat(antecedentes.findByConvenio("04101-dos-rondas"))
        .filteredOn(a -> a.unidad() == UnidadEmisora.ASESORIA_JURIDICA)
        .hasSize(3);
  }

  @Test
  void theAlcaldeReturnsTheDraftWithObservations() {
    ProcessInstance aprobacion = hastaLaFirma("04101-devuelto");

    complete(
        task("Task_FirmarDecreto", aprobacion),
        withVariables(
            "firmaAlcalde",
            "OBSERVADO",
            "alcaldeObservaciones",
            "Corregir la fecha de la resolución en los VISTOS"));

    assertThat(aprobacion).isWaitingAt("Task_PrepararBorradorDecreto");
    assertThat(task("Task_PrepararBorradorDecreto", aprobacion))
        .hasCandidateGroup(Grupos.SECRETARIA_MUNICIPAL);
    prepararBorrador(aprobacion);
    firmar(aprobacion);
    assertThat(aprobacion).isWaitingAt("Task_NumerarDecreto");
  }

  @Test
  void theJoinWaitsForALateSernameg() {
    ProcessInstance aprobacion = iniciar("04101-sernameg-tarde");
    solicitarRevision(aprobacion);
    revisarConforme(aprobacion, "05-102");
    municipioCompleta(aprobacion);

    assertThat(aprobacion)
        .isWaitingAt("Task_EmitirResolucion")
        .isNotWaitingAt("Task_SolicitarDecreto");
    assertThat(task("Task_EmitirResolucion", aprobacion))
        .hasCandidateGroup(Grupos.SERNAMEG)
        .isNotAssigned();

    emitirResolucion(aprobacion);
    assertThat(aprobacion).isWaitingAt("Task_SolicitarDecreto");
  }

  @Test
  void badAntecedenteDataIsRejectedInSpanishAndChangesNothing() {
    ProcessInstance aprobacion = iniciar("04101-datos-malos");
    int antes = antecedentes.findByConvenio("04101-datos-malos").size();

    assertRejected(
        aprobacion,
        "Task_SolicitarRevision",
        Map.of("didecoOrdNumero", "4309", "didecoOrdFecha", "2099-01-01"),
        "está en el futuro");
    assertRejected(
        aprobacion,
        "Task_SolicitarRevision",
        Map.of("didecoOrdNumero", "N° ???", "didecoOrdFecha", "2016-10-04"),
        "no es válido");
    assertRejected(
        aprobacion,
        "Task_SolicitarRevision",
        Map.of("didecoOrdFecha", "2016-10-04"),
        "Falta el N°");
    assertRejected(
        aprobacion,
        "Task_SolicitarRevision",
        Map.of("didecoOrdNumero", "4309", "didecoOrdFecha", "31-09-2016"),
        "no es una fecha del calendario");
    solicitarRevision(aprobacion);
    assertRejected(
        aprobacion,
        "Task_RevisarConvenio",
        Map.of(
            "juridicaOrdNumero",
            "05-749",
            "juridicaOrdFecha",
            "2016-12-01",
            "revisionJuridica",
            "CONFORME"),
        "anterior a la suscripción");
    assertRejected(
        aprobacion,
        "Task_RevisarConvenio",
        Map.of(
            "juridicaOrdNumero",
            "05-749",
            "juridicaOrdFecha",
            "2016-12-26",
            "revisionJuridica",
            "OBSERVACIONES"),
        "Escriba las observaciones");

    assertThat(aprobacion).isWaitingAt("Task_RevisarConvenio", "Task_EmitirResolucion");
    Assertions.assertThat(antecedentes.findByConvenio("04101-datos-malos")).hasSize(antes + 1);
  }

  @Test
  void theRequestNeedsTheSignedConvenioAndTheNumberingTheSignedDecreto() {
    ProcessInstance aprobacion = iniciar("04101-sin-documentos");

    assertRejected(
        aprobacion,
        "Task_SolicitarRevision",
        Map.of("didecoOrdNumero", "4309", "didecoOrdFecha", "2016-10-04"),
        "Falta adjuntar el documento «Convenio firmado»");
    solicitarRevision(aprobacion);
    assertThat(aprobacion).isWaitingAt("Task_RevisarConvenio", "Task_EmitirResolucion");

    ProcessInstance firmado = hastaLaFirma("04101-sin-decreto-pdf");
    firmar(firmado);
    assertRejected(
        firmado,
        "Task_NumerarDecreto",
        Map.of("decretoNumero", "77", "decretoFecha", "2017-03-16"),
        "Falta adjuntar el documento «Decreto alcaldicio firmado»");
  }

  @Test
  void aDecretoNumberIsUsedOncePerMunicipalityAndYear() {
    ProcessInstance primero = hastaLaFirma("04101-numero-1");
    firmar(primero);
    String numero = numerar(primero, "2017-05-02");
    ProcessInstance segundo = hastaLaFirma("04101-numero-2");
    firmar(segundo);

    assertRejected(
        segundo,
        "Task_NumerarDecreto",
        Map.of("decretoNumero", numero, "decretoFecha", "2017-06-01"),
        "ya está registrado");
    assertThat(segundo).isWaitingAt("Task_NumerarDecreto");
    Assertions.assertThat(decretos.findByConvenio("04101-numero-2")).isEmpty();

    numerar(segundo, "2018-01-10", numero);
    Assertions.assertThat(decretos.findByConvenio("04101-numero-2"))
        .get()
        .extracting(Decreto::numero)
        .isEqualTo(numero);
  }

  @Test
  void aDecretoCannotPredateTheLegalReviewNorTheMemoAndADayFirstDateIsTheDayItNames() {
    ProcessInstance aprobacion = hastaLaFirma("04101-cronologia");
    firmar(aprobacion);
    adjuntar(aprobacion, TipoDocumento.DECRETO_FIRMADO);
    String numero = String.valueOf(DECRETOS.incrementAndGet());

    assertRejected(
        aprobacion,
        "Task_NumerarDecreto",
        Map.of("decretoNumero", numero, "decretoFecha", "07-02-2017"),
        "La fecha del Decreto Alcaldicio (07-02-2017) es anterior a la del Ord. de Dirección de Asesoría Jurídica N° 05-102 "
            + "(08-02-2017), que lo precede.");
    assertRejected(
        aprobacion,
        "Task_NumerarDecreto",
        Map.of("decretoNumero", numero, "decretoFecha", "13/03/2017"),
        "La fecha del Decreto Alcaldicio (13-03-2017) es anterior a la del Memo de Dirección de Desarrollo "
            + "Comunitario N° 07/690 (14-03-2017), que lo precede.");
    Assertions.assertThat(decretos.findByConvenio("04101-cronologia")).isEmpty();

    numerar(aprobacion, "03/04/2017", numero);
    Assertions.assertThat(decretos.findByConvenio("04101-cronologia"))
        .get()
        .extracting(Decreto::fecha)
        .isEqualTo(java.time.LocalDate.of(2017, 4, 3));
  }

  // --- the distribution emails as the units receive them -----------------------------------

  private List<MimeMessage> enviarDistribucion(String convenioId) {
    TestMailServer.start();
    sender.enviarPendientes();
    return TestMailServer.received().stream()
        .filter(m -> MailParts.clave(m).startsWith("decreto/" + convenioId + "/"))
        .toList();
  }

  private static List<Part> adjuntos(Part parte) throws Exception {
    if (Part.ATTACHMENT.equalsIgnoreCase(parte.getDisposition())) {
      return List.of(parte);
    }
    List<Part> adjuntos = new ArrayList<>();
    if (parte.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        adjuntos.addAll(adjuntos(multipart.getBodyPart(i)));
      }
    }
    return adjuntos;
  }

  // --- the steps, with plausible data -------------------------------------------------------

  private ProcessInstance iniciar(String convenioId) {
    return processEngine
        .getRuntimeService()
        .startProcessInstanceByKey("aprobacion-convenio", convenioId, Registro.laSerena());
  }

  private ProcessInstance hastaLaFirma(String convenioId) {
    ProcessInstance aprobacion = iniciar(convenioId);
    solicitarRevision(aprobacion);
    revisarConforme(aprobacion, "05-102");
    municipioCompleta(aprobacion);
    emitirResolucion(aprobacion);
    solicitarDecreto(aprobacion);
    prepararBorrador(aprobacion);
    return aprobacion;
  }

  private void solicitarRevision(ProcessInstance aprobacion) {
    adjuntar(aprobacion, TipoDocumento.CONVENIO_FIRMADO);
    complete(
        task("Task_SolicitarRevision", aprobacion),
        withVariables("didecoOrdNumero", "4309", "didecoOrdFecha", "2016-10-04"));
  }

  private void revisarConforme(ProcessInstance aprobacion, String ord) {
    complete(
        task("Task_RevisarConvenio", aprobacion),
        withVariables(
            "juridicaOrdNumero",
            ord,
            "juridicaOrdFecha",
            "2017-02-08",
            "revisionJuridica",
            "CONFORME",
            "juridicaObservaciones",
            null));
  }

  private void revisarConObservaciones(ProcessInstance aprobacion, String ord) {
    complete(
        task("Task_RevisarConvenio", aprobacion),
        withVariables(
            "juridicaOrdNumero",
            ord,
            "juridicaOrdFecha",
            "2016-12-26",
            "revisionJuridica",
            "OBSERVACIONES",
            "juridicaObservaciones",
            "Precisar la cláusula de vigencia"));
  }

  private void responder(ProcessInstance aprobacion) {
    complete(
        task("Task_ResponderObservaciones", aprobacion),
        withVariables("respuestaOrdMateria", "Se precisa la cláusula de vigencia"));
  }

  private void municipioCompleta(ProcessInstance aprobacion) {
    complete(
        task("Task_EmitirCertificadoDaf", aprobacion),
        withVariables("dafCertificadoFecha", "2017-02-17"));
    complete(
        task("Task_RemitirAntecedentes", aprobacion),
        withVariables("remisionOrdNumero", "07/490", "remisionOrdFecha", "2017-02-17"));
  }

  private void emitirResolucion(ProcessInstance aprobacion) {
    complete(
        task("Task_EmitirResolucion", aprobacion),
        withVariables("resolucionNumero", "108/IV", "resolucionFecha", "2017-03-06"));
  }

  private void solicitarDecreto(ProcessInstance aprobacion) {
    complete(
        task("Task_SolicitarDecreto", aprobacion),
        withVariables("memoDecretoNumero", "07/690", "memoDecretoFecha", "2017-03-14"));
  }

  private void prepararBorrador(ProcessInstance aprobacion) {
    complete(task("Task_PrepararBorradorDecreto", aprobacion), Registro.borrador());
  }

  private void firmar(ProcessInstance aprobacion) {
    complete(task("Task_FirmarDecreto", aprobacion), withVariables("firmaAlcalde", "FIRMADO"));
  }

  private String numerar(ProcessInstance aprobacion, String fecha) {
    return numerar(aprobacion, fecha, String.valueOf(DECRETOS.incrementAndGet()));
  }

  private String numerar(ProcessInstance aprobacion, String fecha, String numero) {
    adjuntar(aprobacion, TipoDocumento.DECRETO_FIRMADO);
    complete(
        task("Task_NumerarDecreto", aprobacion),
        withVariables("decretoNumero", numero, "decretoFecha", fecha));
    return numero;
  }

  private void adjuntar(ProcessInstance aprobacion, TipoDocumento tipo) {
    documentos.guardar(
        aprobacion.getBusinessKey(), tipo, tipo.name() + ".pdf", Pdf.de(tipo.nombre()), "prueba");
  }

  private void assertRejected(
      ProcessInstance aprobacion, String tarea, Map<String, Object> variables, String mensaje) {
    String taskId = task(tarea, aprobacion).getId();
    assertThatThrownBy(() -> processEngine.getTaskService().complete(taskId, variables))
        .rootCause()
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining(mensaje);
    assertThat(task(tarea, aprobacion)).isNotNull();
  }
}
