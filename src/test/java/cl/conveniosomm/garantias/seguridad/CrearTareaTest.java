package cl.conveniosomm.garantias.seguridad;

import static org.assertj.core.api.Assertions.assertThat;

import cl.conveniosomm.support.DemoApplicationTest;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Tasklist hides «Crear tarea» from municipal people (issue 17); hiding is only the drawing: the
 * engine itself refuses them a task outside any convenio, whatever they send.
 */
class CrearTareaTest extends DemoApplicationTest {

  @Autowired TaskService taskService;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"dideco", "omm", "sernameg", "alcalde"})
  void aMunicipalPersonCannotCreateATaskOutsideAnyConvenio(String usuario) {
    long antes = taskService.createTaskQuery().taskName("Tarea suelta " + usuario).count();

    HttpResponse<String> respuesta =
        http()
            .postJsonAs(
                usuario,
                "demo",
                "/engine-rest/task/create",
                "{\"name\":\"Tarea suelta " + usuario + "\",\"assignee\":\"" + usuario + "\"}");

    assertThat(respuesta.statusCode()).isEqualTo(403);
    assertThat(taskService.createTaskQuery().taskName("Tarea suelta " + usuario).count())
        .isEqualTo(antes);
  }

  @Test
  void theAdministratorStillCan() {
    HttpResponse<String> respuesta =
        http()
            .postJsonAs(
                "admin",
                "demo",
                "/engine-rest/task/create",
                "{\"name\":\"Tarea suelta del administrador\"}");
    try {
      assertThat(respuesta.statusCode()).isEqualTo(204);
    } finally {
      taskService
          .createTaskQuery()
          .taskName("Tarea suelta del administrador")
          .list()
          .forEach(tarea -> taskService.deleteTask(tarea.getId(), true));
    }
  }
}
