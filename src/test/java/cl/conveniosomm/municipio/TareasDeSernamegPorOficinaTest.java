package cl.conveniosomm.municipio;

import static org.assertj.core.api.Assertions.assertThat;

import cl.conveniosomm.municipio.catalogo.CatalogoComunas;
import cl.conveniosomm.proceso.Grupos;
import cl.conveniosomm.proceso.Procesos;
import cl.conveniosomm.support.DemoApplicationTest;
import cl.conveniosomm.support.Registro;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A task routed to SERNAMEG is granted to the comuna's regional office, whose analysts see and work
 * it.
 */
class TareasDeSernamegPorOficinaTest extends DemoApplicationTest {

  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired CatalogoComunas catalogo;

  private String processInstanceId;
  private Task task;
  private List<String> tenant;
  private String oficina;

  @BeforeEach
  void aTaskOfTheComunaRoutedToSernameg() {
    Map<String, Object> registro = Registro.otraComuna();
    String comuna = (String) registro.get("comunaCodigo");
    tenant = List.of(comuna);
    oficina = Municipios.grupoRegional(catalogo.porCodigo(comuna).orElseThrow().regionCodigo());
    processInstanceId =
        runtimeService
            .startProcessInstanceByKey(
                Procesos.CONVENIO_OMM, "oficina-" + comuna + "-" + System.nanoTime(), registro)
            .getId();
    task = taskService.createTaskQuery().processInstanceBusinessKey(businessKey()).singleResult();
    taskService.addCandidateGroup(task.getId(), Grupos.SERNAMEG);
  }

  @AfterEach
  void cleanUp() {
    identityService.clearAuthentication();
    runtimeService.deleteProcessInstance(processInstanceId, "prueba");
  }

  @Test
  void theGrantGoesToTheComunasOfficeAndNotToEverySernamegOffice() {
    assertThat(
            authorizationService
                .createAuthorizationQuery()
                .resourceType(Resources.TASK)
                .resourceId(task.getId())
                .groupIdIn(oficina)
                .count())
        .isEqualTo(1);
    assertThat(
            authorizationService
                .createAuthorizationQuery()
                .resourceType(Resources.TASK)
                .resourceId(task.getId())
                .groupIdIn(Grupos.SERNAMEG)
                .count())
        .isZero();
  }

  @Test
  void theOfficesAnalystSeesAndMayWorkTheTaskAndAnotherOfficesDoesNot() {
    assertThat(seenBy(List.of(Grupos.SERNAMEG, oficina))).isEqualTo(1);
    assertThat(
            authorizationService.isUserAuthorized(
                "analista",
                List.of(Grupos.SERNAMEG, oficina),
                Permissions.TASK_WORK,
                Resources.TASK,
                task.getId()))
        .isTrue();

    String otraOficina = Municipios.grupoRegional("04");
    assertThat(seenBy(List.of(Grupos.SERNAMEG, otraOficina))).isZero();
    assertThat(
            authorizationService.isUserAuthorized(
                "analista",
                List.of(Grupos.SERNAMEG, otraOficina),
                Permissions.TASK_WORK,
                Resources.TASK,
                task.getId()))
        .isFalse();
  }

  @Test
  void theCandidateGroupStaysSernamegSoRoutingAndNoticesDoNotChange() {
    assertThat(taskService.getIdentityLinksForTask(task.getId()))
        .anySatisfy(
            link -> {
              assertThat(link.getGroupId()).isEqualTo(Grupos.SERNAMEG);
              assertThat(link.getType()).isEqualTo("candidate");
            });
  }

  private String businessKey() {
    return runtimeService
        .createProcessInstanceQuery()
        .processInstanceId(processInstanceId)
        .singleResult()
        .getBusinessKey();
  }

  /**
   * Tasks of the process an analyst of those groups sees, with the comuna's tenant as her office
   * grants it.
   */
  private long seenBy(List<String> groups) {
    identityService.setAuthentication("analista", groups, tenant);
    try {
      return taskService.createTaskQuery().taskId(task.getId()).count();
    } finally {
      identityService.clearAuthentication();
    }
  }
}
