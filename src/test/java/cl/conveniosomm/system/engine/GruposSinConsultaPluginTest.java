package cl.conveniosomm.system.engine;

import static org.assertj.core.api.Assertions.assertThat;

import cl.conveniosomm.proceso.Grupos;
import cl.conveniosomm.proceso.Procesos;
import cl.conveniosomm.support.DemoApplicationTest;
import cl.conveniosomm.support.Registro;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The engine checks all of a person's groups without scanning the grant table, and grants the same.
 */
class GruposSinConsultaPluginTest extends DemoApplicationTest {

  @Autowired ProcessEngine engine;
  @Autowired IdentityService identityService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  private String processInstanceId;

  @AfterEach
  void cleanUp() {
    identityService.clearAuthentication();
    if (processInstanceId != null) {
      runtimeService.deleteProcessInstance(processInstanceId, "prueba");
    }
  }

  @Test
  void groupsWithoutGrantsStayInTheCheckSoTheEngineNeedNotReadWhichGroupsHoldGrants() {
    assertThat(filtered(List.of("grupo-sin-permisos", Grupos.OMM)))
        .containsExactly("grupo-sin-permisos", Grupos.OMM);
  }

  @Test
  void aPersonWithMoreGroupsThanTheLimitKeepsTheEnginesFilter() {
    List<String> groups =
        new ArrayList<>(
            IntStream.range(0, GruposSinConsultaPlugin.LIMITE)
                .mapToObj(i -> "directorio-" + i)
                .toList());
    groups.add(Grupos.OMM);
    assertThat(filtered(groups)).containsExactly(Grupos.OMM);
  }

  @Test
  void whoSeesATaskIsUnchanged() {
    Map<String, Object> registro = Registro.otraComuna();
    List<String> tenant = List.of((String) registro.get("comunaCodigo"));
    String businessKey = "grupos-" + System.nanoTime();
    processInstanceId =
        runtimeService
            .startProcessInstanceByKey(Procesos.CONVENIO_OMM, businessKey, registro)
            .getId();
    String taskId =
        taskService
            .createTaskQuery()
            .processInstanceBusinessKey(businessKey)
            .singleResult()
            .getId();
    String group = taskService.getIdentityLinksForTask(taskId).get(0).getGroupId();

    assertThat(seenBy(List.of("grupo-sin-permisos"), tenant, taskId)).isZero();
    assertThat(seenBy(List.of("grupo-sin-permisos", group), tenant, taskId)).isEqualTo(1);
    assertThat(seenBy(List.of("grupo-sin-permisos", group), List.of("otra-comuna"), taskId))
        .isZero();
  }

  private List<String> filtered(List<String> groups) {
    Command<List<String>> filter =
        context -> context.getAuthorizationManager().filterAuthenticatedGroupIds(groups);
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired()
        .execute(filter);
  }

  private long seenBy(List<String> groups, List<String> tenants, String taskId) {
    identityService.setAuthentication("persona", groups, tenants);
    try {
      return taskService.createTaskQuery().taskId(taskId).count();
    } finally {
      identityService.clearAuthentication();
    }
  }
}
