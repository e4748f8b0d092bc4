package cl.conveniosomm.documento;

import static org.assertj.core.api.Assertions.assertThat;

import cl.conveniosomm.proceso.Procesos;
import cl.conveniosomm.support.DemoApplicationTest;
import cl.conveniosomm.support.HttpClientSupport;
import cl.conveniosomm.support.Pdf;
import cl.conveniosomm.support.Registro;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What Tasklist's «Documentos» tab shows: the task's document and the convenio's, only to who works
 * the task.
 */
class DocumentosDeTareaTest extends DemoApplicationTest {

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  private Task solicitarRevision() {
    String convenio =
        runtimeService
            .startProcessInstanceByKey(Procesos.CONVENIO_OMM, Registro.otraComuna())
            .getBusinessKey();
    return taskService
        .createTaskQuery()
        .processInstanceBusinessKey(convenio)
        .taskDefinitionKey("Task_SolicitarRevision")
        .singleResult();
  }

  @Test
  void theTabShowsWhatTheTaskAsksForAndTheConveniosDocumentsOnTheTasklistSession() {
    Task tarea = solicitarRevision();
    HttpClientSupport tasklist = http();
    tasklist.webappLogin("tasklist", "dideco", "demo");
    String url = "/api/tareas/" + tarea.getId() + "/documentos";

    HttpResponse<String> antes = tasklist.get(url);
    assertThat(antes.statusCode()).isEqualTo(200);
    assertThat(antes.body())
        .contains("\"tipo\":\"CONVENIO_FIRMADO\"")
        .contains("\"adjuntado\":false")
        .contains("\"documentos\":[]");

    byte[] pdf = Pdf.de("convenio firmado");
    String convenio =
        runtimeService
            .createProcessInstanceQuery()
            .processInstanceId(tarea.getProcessInstanceId())
            .singleResult()
            .getBusinessKey();
    HttpResponse<String> subido =
        tasklist.upload(
            "/api/convenios/" + convenio + "/documentos/CONVENIO_FIRMADO",
            "convenio.pdf",
            pdf,
            "application/pdf",
            "X-OMM-XSRF-TOKEN",
            tasklist.csrfCookie("OMM-XSRF-TOKEN"));
    assertThat(subido.statusCode()).as(subido.body()).isEqualTo(201);

    assertThat(tasklist.get(url).body())
        .contains("\"adjuntado\":true")
        .contains("\"version\":1")
        .contains("\"sha256\":\"" + DocumentoService.sha256(pdf) + "\"")
        .contains("\"tipoNombre\":\"" + TipoDocumento.CONVENIO_FIRMADO.nombre() + "\"");
  }

  @Test
  void someoneWhoDoesNotWorkTheTaskLearnsNothing() {
    Task tarea = solicitarRevision();
    String url = "/api/tareas/" + tarea.getId() + "/documentos";

    for (String usuario : new String[] {"juridica", "dideco-coquimbo", "omm-coquimbo"}) {
      HttpResponse<String> respuesta = http().getAs(usuario, "demo", url);
      assertThat(respuesta.statusCode()).as(usuario).isEqualTo(404);
      assertThat(respuesta.body()).as(usuario).doesNotContain("CONVENIO_FIRMADO");
    }
    assertThat(http().getAs("dideco", "demo", url).statusCode()).isEqualTo(200);
  }
}
