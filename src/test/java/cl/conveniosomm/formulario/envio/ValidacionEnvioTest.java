package cl.conveniosomm.formulario.envio;

import static org.assertj.core.api.Assertions.assertThat;

import cl.conveniosomm.municipio.Alcance;
import cl.conveniosomm.proceso.Procesos;
import cl.conveniosomm.support.DemoApplicationTest;
import cl.conveniosomm.support.Registro;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What is wrong with a submission is told to whoever may read the task, and to no one else. */
class ValidacionEnvioTest extends DemoApplicationTest {

  private static final Map<String, Object> AJENA = Map.of("comunaCodigo", "04201");

  @Autowired ValidacionEnvio validacion;
  @Autowired IdentityService identityService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  private String processInstanceId;
  private String taskId;
  private String group;
  private Alcance comuna;

  @BeforeEach
  void aTaskOfAComuna() {
    Map<String, Object> registro = Registro.otraComuna();
    comuna = Alcance.de(List.of((String) registro.get("comunaCodigo")));
    String businessKey = "envio-" + System.nanoTime();
    processInstanceId =
        runtimeService
            .startProcessInstanceByKey(Procesos.CONVENIO_OMM, businessKey, registro)
            .getId();
    taskId =
        taskService
            .createTaskQuery()
            .processInstanceBusinessKey(businessKey)
            .singleResult()
            .getId();
    group = taskService.getIdentityLinksForTask(taskId).get(0).getGroupId();
  }

  @AfterEach
  void cleanUp() {
    identityService.clearAuthentication();
    runtimeService.deleteProcessInstance(processInstanceId, "prueba");
  }

  @Test
  void theTasksCandidateHearsWhatIsWrong() {
    assertThat(problemsFor(List.of(group), comuna))
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p).isNotBlank());
  }

  @Test
  void aColleagueOfTheComunaWhoMayNotReadTheTaskHearsNothing() {
    assertThat(problemsFor(List.of("grupo-sin-permisos"), comuna)).isEmpty();
  }

  @Test
  void aPersonOfAnotherComunaHearsNothing() {
    assertThat(problemsFor(List.of(group), Alcance.de(List.of("04201")))).isEmpty();
  }

  @Test
  void theChecksLeaveTheCallerAuthenticated() {
    identityService.setAuthentication("persona", List.of(group), List.copyOf(comuna.comunas()));
    validacion.problemas(taskId, AJENA, comuna);
    assertThat(identityService.getCurrentAuthentication().getUserId()).isEqualTo("persona");
  }

  private List<String> problemsFor(List<String> groups, Alcance alcance) {
    identityService.setAuthentication("persona", groups, List.copyOf(alcance.comunas()));
    try {
      return validacion.problemas(taskId, AJENA, alcance);
    } finally {
      identityService.clearAuthentication();
    }
  }
}
