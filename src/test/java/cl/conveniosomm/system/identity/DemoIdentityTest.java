package cl.conveniosomm.system.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cl.conveniosomm.municipio.RoleModel;
import cl.conveniosomm.proceso.Grupos;
import cl.conveniosomm.proceso.Procesos;
import cl.conveniosomm.support.DemoApplicationTest;
import cl.conveniosomm.support.Registro;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Demo users, their groups, least-privilege authorizations and the Spanish Tasklist filters. */
class DemoIdentityTest extends DemoApplicationTest {

  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired FilterService filterService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired RoleModel roleModel;

  @AfterEach
  void clearAuthentication() {
    identityService.clearAuthentication();
  }

  @Test
  void everyRoleUserBelongsToItsGroupAndAdminIsAnAdministrator() {
    List.of(
            "alcalde:alcaldia",
            "juridica:asesoria-juridica",
            "dideco:dideco",
            "omm:omm",
            "secretaria:secretaria-municipal",
            "daf:daf",
            "sernameg:sernameg",
            "admin:camunda-admin")
        .forEach(
            pair -> {
              String[] userAndGroup = pair.split(":");
              assertThat(
                      identityService
                          .createUserQuery()
                          .userId(userAndGroup[0])
                          .memberOfGroup(userAndGroup[1])
                          .count())
                  .as(pair)
                  .isEqualTo(1);
              assertThat(identityService.checkPassword(userAndGroup[0], "demo")).as(pair).isTrue();
            });
  }

  @Test
  void runningTheRoleModelAgainChangesNothing() {
    long authorizations = authorizationService.createAuthorizationQuery().count();
    long filters = filterService.createFilterQuery().count();
    long groups = identityService.createGroupQuery().count();

    roleModel.ensure();

    assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(authorizations);
    assertThat(filterService.createFilterQuery().count()).isEqualTo(filters);
    assertThat(identityService.createGroupQuery().count()).isEqualTo(groups);
  }

  @Test
  void tasklistIsOpenToEveryGroupAndCockpitOnlyToTheMonitoringOnes() {
    for (String group : Grupos.ROLES) {
      assertThat(isGranted(group, "tasklist")).as(group).isTrue();
    }
    assertThat(isGranted(Grupos.SERNAMEG, "cockpit")).isTrue();
    assertThat(isGranted(Grupos.OMM, "cockpit")).isFalse();
    assertThat(isGranted(Grupos.ASESORIA_JURIDICA, "cockpit")).isFalse();
  }

  @Test
  void filtersAreInSpanishAndReadableByEveryGroup() {
    identityService.setAuthentication("juridica", List.of(Grupos.ASESORIA_JURIDICA));

    List<String> names =
        filterService.createTaskFilterQuery().listPage(0, 100).stream()
            .map(Filter::getName)
            .toList();

    assertThat(names).contains("Mis tareas", "Tareas de mi grupo", "Vencidas o por vencer");
  }

  @Test
  void onlyTheCandidateGroupSeesATaskAndOnlyRegisteringGroupsStartConvenios() {
    Map<String, Object> registro = Registro.otraComuna();
    List<String> comuna = List.of((String) registro.get("comunaCodigo"));
    identityService.setAuthentication("dideco", List.of(Grupos.DIDECO), comuna);
    runtimeService.startProcessInstanceByKey(Procesos.CONVENIO_OMM, "demo-identidad", registro);
    identityService.clearAuthentication();

    identityService.setAuthentication("dideco", List.of(Grupos.DIDECO), comuna);
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey("demo-identidad").count())
        .isEqualTo(1);
    identityService.setAuthentication("juridica", List.of(Grupos.ASESORIA_JURIDICA), comuna);
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey("demo-identidad").count())
        .isZero();
    assertThat(
            authorizationService.isUserAuthorized(
                "omm",
                List.of(Grupos.OMM),
                Permissions.CREATE_INSTANCE,
                Resources.PROCESS_DEFINITION,
                Procesos.CONVENIO_OMM))
        .isFalse();
  }

  private boolean isGranted(String group, String application) {
    return authorizationService.isUserAuthorized(
        "someone", List.of(group), Permissions.ACCESS, Resources.APPLICATION, application);
  }
}
