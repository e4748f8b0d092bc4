package cl.conveniosomm.garantias.seguridad;

import static org.assertj.core.api.Assertions.assertThat;

import cl.conveniosomm.proceso.Procesos;
import cl.conveniosomm.support.DemoApplicationTest;
import cl.conveniosomm.support.HttpClientSupport;
import cl.conveniosomm.support.Registro;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The people of a task change its convenio's variables only by completing the task's form: the
 * engine's variable endpoints (which a task's candidate may otherwise call) are an operator's tool.
 */
class VariablesSoloPorFormularioTest extends DemoApplicationTest {

  private static final String VARIABLE = "{\"value\":\"13101\",\"type\":\"String\"}";
  private static final String CAMBIOS = "{\"modifications\":{\"comunaCodigo\":" + VARIABLE + "}}";

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "PUT    | /engine-rest/task/{t}/variables/comunaCodigo             | V",
        "PUT    | /engine-rest/task/{t}/localVariables/comunaCodigo        | V",
        "POST   | /engine-rest/task/{t}/variables                          | M",
        "POST   | /engine-rest/task/{t}/localVariables                     | M",
        "DELETE | /engine-rest/task/{t}/variables/comunaCodigo             | -",
        "PUT    | /engine-rest/process-instance/{p}/variables/comunaCodigo | V",
        "POST   | /engine-rest/process-instance/{p}/variables              | M",
        "DELETE | /engine-rest/process-instance/{p}/variables/comunaCodigo | -",
        "PUT    | /engine-rest/execution/{p}/localVariables/comunaCodigo   | V",
        "POST   | /engine-rest/execution/{p}/localVariables                | M"
      })
  void aTaskCandidateCannotSetTheConveniosVariablesOutsideTheForm(
      String method, String path, String cuerpo) {
    ProcessInstance aprobacion = aprobacion();
    Task tarea = taskService.createTaskQuery().processInstanceId(aprobacion.getId()).singleResult();
    String comuna = (String) runtimeService.getVariable(aprobacion.getId(), "comunaCodigo");

    HttpResponse<String> respuesta =
        http()
            .send(
                method,
                path.replace("{t}", tarea.getId()).replace("{p}", aprobacion.getId()),
                switch (cuerpo) {
                  case "V" -> VARIABLE;
                  case "M" -> CAMBIOS;
                  default -> "";
                },
                "Authorization",
                HttpClientSupport.basic("dideco", "demo"));

    assertThat(respuesta.statusCode()).as(respuesta.body()).isEqualTo(403);
    assertThat(respuesta.body()).contains("sólo cambian al completar el formulario");
    assertThat(runtimeService.getVariable(aprobacion.getId(), "comunaCodigo")).isEqualTo(comuna);
    assertThat(taskService.getVariablesLocal(tarea.getId())).isEmpty();
  }

  @Test
  void anAdministratorStillCorrectsAVariableAsInCockpit() {
    ProcessInstance aprobacion = aprobacion();

    HttpResponse<String> respuesta =
        http()
            .send(
                "PUT",
                "/engine-rest/process-instance/" + aprobacion.getId() + "/variables/notaOperacion",
                "{\"value\":\"corregido\",\"type\":\"String\"}",
                "Authorization",
                HttpClientSupport.basic("admin", "demo"));

    assertThat(respuesta.statusCode()).as(respuesta.body()).isEqualTo(204);
    assertThat(runtimeService.getVariable(aprobacion.getId(), "notaOperacion"))
        .isEqualTo("corregido");
  }

  /** A La Serena-staffed convenio at DIDECO's first task. */
  private ProcessInstance aprobacion() {
    String convenio =
        runtimeService
            .startProcessInstanceByKey(Procesos.CONVENIO_OMM, Registro.enRegion("07"))
            .getBusinessKey();
    return runtimeService
        .createProcessInstanceQuery()
        .processDefinitionKey("aprobacion-convenio")
        .processInstanceBusinessKey(convenio)
        .singleResult();
  }
}
