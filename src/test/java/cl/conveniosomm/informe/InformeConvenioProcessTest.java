package cl.conveniosomm.informe;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cl.conveniosomm.documento.DocumentoService;
import cl.conveniosomm.documento.TipoDocumento;
import cl.conveniosomm.notificacion.correo.OutboxSender;
import cl.conveniosomm.plazo.EstadoPlazo;
import cl.conveniosomm.plazo.PlazoRepository;
import cl.conveniosomm.proceso.Grupos;
import cl.conveniosomm.proceso.Procesos;
import cl.conveniosomm.support.DemoApplicationTest;
import cl.conveniosomm.support.MailParts;
import cl.conveniosomm.support.Pdf;
import cl.conveniosomm.support.TestMailServer;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One test per path of a report: sent with its PDF and approved, observed and sent again, refused
 * without PDF, late.
 */
class InformeConvenioProcessTest extends DemoApplicationTest {

  private static final ZoneId SANTIAGO = ZoneId.of("America/Santiago");
  private static final String CONTRAPARTE = "contraparte.informes@sernameg.gob.cl";

  @Autowired ProcessEngine processEngine;
  @Autowired DocumentoService documentos;
  @Autowired OutboxSender sender;
  @Autowired PlazoRepository plazos;

  @BeforeEach
  void setUp() {
    init(processEngine);
    TestMailServer.start();
    sender.enviarPendientes();
    TestMailServer.purge();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aReportGoesToTheContraparteWithItsPdfAndIsApproved() throws Exception {
    el(LocalDate.of(2017, 7, 3));
    ProcessInstance informe = iniciar("04101-informe-aprobado");

    assertThat(informe).isWaitingAt("Task_PrepararInforme");
    assertThat(task(informe))
        .hasCandidateGroup(Grupos.OMM)
        .hasName("Preparar y enviar informe (1er semestre 2017)");
    Assertions.assertThat(LocalDate.ofInstant(task(informe).getDueDate().toInstant(), SANTIAGO))
        .isEqualTo(LocalDate.of(2017, 7, 14));
    enviar(informe, "primera version");
    execute(job());
    sender.enviarPendientes();

    MimeMessage correo = alaContraparte().get(0);
    Assertions.assertThat(alaContraparte()).hasSize(1);
    Assertions.assertThat(correo.getSubject())
        .startsWith("Informe Semestral de Avance (1er semestre 2017)");
    Assertions.assertThat(MailParts.part(correo, "application/pdf"))
        .startsWith("%PDF-")
        .contains("primera version");
    assertThat(task(informe)).hasCandidateGroup(Grupos.SERNAMEG);
    complete(task(informe), withVariables("revisionInforme", "APROBADO"));
    assertThat(informe)
        .hasPassedInOrder("Task_PrepararInforme", "Task_EnviarInforme", "Task_RevisarInforme")
        .isEnded();
  }

  @Test
  void anObservedReportComesBackWithANewDeadlineAndGoesAgainCorrected() throws Exception {
    el(LocalDate.of(2017, 7, 3));
    ProcessInstance informe = iniciar("04101-informe-observado");
    enviar(informe, "primera version");
    execute(job());
    sender.enviarPendientes();
    TestMailServer.purge();

    el(LocalDate.of(2017, 7, 20));
    complete(
        task(informe),
        withVariables(
            "revisionInforme",
            "OBSERVADO",
            "informeObservaciones",
            "Falta el presupuesto ejecutado"));

    assertThat(informe).isWaitingAt("Task_PrepararInforme");
    // 10 días hábiles from Thursday 20 July 2017
    Assertions.assertThat(LocalDate.ofInstant(task(informe).getDueDate().toInstant(), SANTIAGO))
        .isEqualTo(LocalDate.of(2017, 8, 3));
    enviar(informe, "versión corregida con presupuesto");
    execute(job());
    sender.enviarPendientes();
    Assertions.assertThat(alaContraparte())
        .singleElement()
        .satisfies(
            correo -> Assertions.assertThat(correo.getSubject()).contains("versión corregida"));
  }

  @Test
  void aReportCannotBeSentWithoutItsPdf() {
    el(LocalDate.of(2017, 7, 3));
    ProcessInstance informe = iniciar("04101-informe-sin-pdf");
    String taskId = task(informe).getId();

    assertThatThrownBy(
            () ->
                processEngine
                    .getTaskService()
                    .complete(taskId, Map.of("informeResumen", "Resumen")))
        .rootCause()
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("Falta adjuntar el informe");
    assertThat(informe).isWaitingAt("Task_PrepararInforme");
  }

  @Test
  void aLateReportStaysDueAndEscalates() {
    el(LocalDate.of(2017, 7, 3));
    ProcessInstance informe = iniciar("04101-informe-atrasado");

    el(LocalDate.of(2017, 7, 20));
    Assertions.assertThat(
            plazos.find(
                "04101-informe-atrasado", EstadoPlazo.VENCIDO, LocalDate.of(2017, 7, 20), 10))
        .singleElement()
        .satisfies(
            plazo -> Assertions.assertThat(plazo.vence()).isEqualTo(LocalDate.of(2017, 7, 14)));
    assertThat(informe).isWaitingAt("Task_PrepararInforme");
  }

  /** What reached SERNAMEG's contraparte (task notices go to the groups' members). */
  private static java.util.List<MimeMessage> alaContraparte() {
    return TestMailServer.received().stream()
        .filter(
            correo -> {
              try {
                return correo.getAllRecipients()[0].toString().equals(CONTRAPARTE);
              } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
              }
            })
        .toList();
  }

  private ProcessInstance iniciar(String convenio) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("tipoInforme", "SEMESTRAL");
    variables.put("periodoCodigo", "2017-1");
    variables.put("periodoNombre", "1er semestre 2017");
    variables.put(
        "venceInforme",
        Date.from(LocalDate.of(2017, 7, 14).atTime(23, 59).atZone(SANTIAGO).toInstant()));
    variables.put("comuna", "La Serena");
    variables.put("comunaCodigo", "04101");
    variables.put("contraparteEmail", CONTRAPARTE);
    return processEngine
        .getRuntimeService()
        .startProcessInstanceByKey(Procesos.INFORME_CONVENIO, convenio, variables);
  }

  private void enviar(ProcessInstance informe, String contenido) {
    documentos.guardar(
        informe.getBusinessKey(),
        TipoDocumento.INFORME_SEMESTRAL,
        "2017-1",
        "informe-2017-1.pdf",
        Pdf.de(contenido),
        "omm");
    complete(
        task(informe), withVariables("informeResumen", "Actividades del semestre: " + contenido));
  }

  private static void el(LocalDate dia) {
    ClockUtil.setCurrentTime(Date.from(dia.atTime(10, 0).atZone(SANTIAGO).toInstant()));
  }
}
