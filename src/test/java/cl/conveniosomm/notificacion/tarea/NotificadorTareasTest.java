package cl.conveniosomm.notificacion.tarea;

import static org.assertj.core.api.Assertions.assertThat;

import cl.conveniosomm.notificacion.correo.OutboxSender;
import cl.conveniosomm.proceso.Grupos;
import cl.conveniosomm.proceso.Procesos;
import cl.conveniosomm.support.DemoApplicationTest;
import cl.conveniosomm.support.MailParts;
import cl.conveniosomm.support.Registro;
import cl.conveniosomm.support.TestMailServer;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** People hear about their tasks by email, with a direct link, once; or in one daily digest. */
class NotificadorTareasTest extends DemoApplicationTest {

  private static final String DIDECO_EMAIL = "dideco@demo.convenios-omm.cl";

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired OutboxSender sender;
  @Autowired PreferenciasNotificacion preferencias;
  @Autowired ResumenDiario resumenDiario;

  @BeforeEach
  void emptyMailbox() {
    sender.enviarPendientes();
    resumenDiario.componer(LocalDate.now());
    sender.enviarPendientes();
    TestMailServer.purge();
  }

  @AfterEach
  void immediateAgain() {
    preferencias.guardar("dideco", PreferenciaNotificacion.INMEDIATO);
    identityService.clearAuthentication();
  }

  @Test
  void aGroupTaskIsMailedOnceToEachMemberWithALinkToTasklist() throws Exception {
    Task task = firstTask(startConvenio("04101-aviso-grupo"));

    assertThat(sender.enviarPendientes()).isEqualTo(1);
    assertThat(sender.enviarPendientes()).isZero();

    MimeMessage mail = TestMailServer.received().get(0);
    assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(DIDECO_EMAIL);
    assertThat(mail.getSubject())
        .startsWith("Nueva tarea: Solicitar revisión del convenio – convenio ");
    assertThat(MailParts.part(mail, "text/plain"))
        .contains("http://localhost:8080/camunda/app/tasklist/default/#/?task=" + task.getId());
    assertThat(MailParts.part(mail, "text/html")).contains("task=" + task.getId());
  }

  @Test
  void assigningATaskToSomeoneElseTellsThem() throws Exception {
    Task task = firstTask(startConvenio("04101-aviso-asignada"));
    sender.enviarPendientes();
    TestMailServer.purge();

    identityService.setAuthentication(
        "admin", List.of(Grupos.CAMUNDA_ADMIN), List.of(task.getTenantId()));
    taskService.setAssignee(task.getId(), "omm");
    identityService.clearAuthentication();

    assertThat(sender.enviarPendientes()).isEqualTo(1);
    assertThat(TestMailServer.received().get(0).getAllRecipients()[0].toString())
        .isEqualTo("omm@demo.convenios-omm.cl");
  }

  @Test
  void claimingYourOwnTaskSendsNothing() {
    Task task = firstTask(startConvenio("04101-aviso-reclamada"));
    sender.enviarPendientes();

    identityService.setAuthentication(
        "dideco", List.of(Grupos.DIDECO), List.of(task.getTenantId()));
    taskService.claim(task.getId(), "dideco");
    identityService.clearAuthentication();

    assertThat(sender.enviarPendientes()).isZero();
  }

  @Test
  void aPersonWhoPrefersADigestGetsOneMailADayListingHerTasks() throws Exception {
    preferencias.guardar("dideco", PreferenciaNotificacion.RESUMEN_DIARIO);
    startConvenio("04101-resumen-1");
    startConvenio("04101-resumen-2");

    assertThat(sender.enviarPendientes()).isZero();
    assertThat(resumenDiario.componer(LocalDate.of(2026, 11, 24))).isEqualTo(1);
    assertThat(resumenDiario.componer(LocalDate.of(2026, 11, 24))).isZero();
    assertThat(sender.enviarPendientes()).isEqualTo(1);

    MimeMessage digest = TestMailServer.received().get(0);
    assertThat(digest.getSubject()).startsWith("Resumen diario: 2 tareas nuevas");
    assertThat(MailParts.part(digest, "text/plain"))
        .contains("04101-resumen-1")
        .contains("04101-resumen-2");
  }

  /**
   * Registers a convenio; its first task (DIDECO's request, in the approval) is what gets
   * announced.
   */
  private String startConvenio(String businessKey) {
    runtimeService.startProcessInstanceByKey(
        Procesos.CONVENIO_OMM, businessKey, Registro.otraComuna());
    return businessKey;
  }

  private Task firstTask(String businessKey) {
    return taskService.createTaskQuery().processInstanceBusinessKey(businessKey).singleResult();
  }
}
