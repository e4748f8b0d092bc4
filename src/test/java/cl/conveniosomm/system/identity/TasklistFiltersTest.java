package cl.conveniosomm.system.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cl.conveniosomm.proceso.Grupos;
import cl.conveniosomm.proceso.Procesos;
import cl.conveniosomm.support.DemoApplicationTest;
import cl.conveniosomm.support.Registro;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * «Vencidas o por vencer»: the person's own work due within three days, as Tasklist runs the
 * filter.
 */
class TasklistFiltersTest extends DemoApplicationTest {

  @Autowired IdentityService identityService;
  @Autowired FilterService filterService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired TasklistFilters filters;

  private String businessKey;
  private List<String> tenant;
  private Task task;
  private String filterId;

  @BeforeEach
  void aDideCoTaskDueTomorrow() {
    Map<String, Object> registro = Registro.otraComuna();
    tenant = List.of((String) registro.get("comunaCodigo"));
    businessKey = "filtro-vencidas-" + tenant.get(0) + "-" + System.nanoTime();
    identityService.setAuthentication("dideco", List.of(Grupos.DIDECO), tenant);
    runtimeService.startProcessInstanceByKey(Procesos.CONVENIO_OMM, businessKey, registro);
    identityService.clearAuthentication();
    task = taskService.createTaskQuery().processInstanceBusinessKey(businessKey).singleResult();
    taskService.setDueDate(task.getId(), Date.from(Instant.now().plus(1, ChronoUnit.DAYS)));
    filterId =
        filterService
            .createTaskFilterQuery()
            .filterName("Vencidas o por vencer")
            .singleResult()
            .getId();
  }

  @AfterEach
  void clearAuthentication() {
    identityService.clearAuthentication();
    runtimeService
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(businessKey)
        .rootProcessInstances()
        .list()
        .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "prueba"));
  }

  @Test
  void theGroupSeesItsTaskDueTomorrowEvenWhenAColleagueHasClaimedIt() {
    assertThat(seenBy("dideco", Grupos.DIDECO)).isEqualTo(1);

    taskService.claim(task.getId(), "dideco-colega");

    assertThat(seenBy("dideco", Grupos.DIDECO)).isEqualTo(1);
    assertThat(seenBy("dideco-colega", Grupos.DIDECO)).isEqualTo(1);
  }

  @Test
  void theAssigneeSeesItOutsideTheCandidateGroup() {
    taskService.setAssignee(task.getId(), "omm");

    assertThat(seenBy("omm", Grupos.OMM)).isEqualTo(1);
    assertThat(seenBy("otra-omm", Grupos.OMM)).isZero();
  }

  @Test
  void otherGroupsAndTheAdministratorDoNotGetItAndNeitherDoesATaskDueLater() {
    assertThat(seenBy("juridica", Grupos.ASESORIA_JURIDICA)).isZero();
    assertThat(seenBy("admin", Grupos.CAMUNDA_ADMIN)).isZero();

    taskService.setDueDate(task.getId(), Date.from(Instant.now().plus(10, ChronoUnit.DAYS)));

    assertThat(seenBy("dideco", Grupos.DIDECO)).isZero();
  }

  @Test
  void anInstallationWithTheEarlierQueryGetsTheNewOneAtStart() {
    Filter filter = filterService.getFilter(filterId);
    filterService.saveFilter(
        filter.setQuery(
            taskService
                .createTaskQuery()
                .dueBeforeExpression("${dateTime().plusDays(3).toDate()}")
                .orderByDueDate()
                .asc()));
    assertThat(seenBy("admin", Grupos.CAMUNDA_ADMIN))
        .as("la consulta anterior: todo lo que puede leer")
        .isEqualTo(1);

    filters.ensure();

    assertThat(seenBy("admin", Grupos.CAMUNDA_ADMIN)).isZero();
    assertThat(seenBy("dideco", Grupos.DIDECO)).isEqualTo(1);
  }

  /**
   * The filter as Tasklist runs it for a person of {@code group} in the convenio's municipality.
   */
  private long seenBy(String user, String group) {
    identityService.setAuthentication(user, List.of(group), tenant);
    try {
      return filterService.count(
          filterId, taskService.createTaskQuery().processInstanceBusinessKey(businessKey));
    } finally {
      identityService.clearAuthentication();
    }
  }
}
