package cl.conveniosomm.convenio;

import static org.assertj.core.api.Assertions.assertThat;

import cl.conveniosomm.informe.ProgramaInformes;
import cl.conveniosomm.informe.TipoInforme;
import cl.conveniosomm.proceso.Procesos;
import cl.conveniosomm.support.DemoApplicationTest;
import cl.conveniosomm.support.Registro;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every task says which comuna and convenio it is about (issue 17): the instances carry {@code
 * convenioEtiqueta}, and Tasklist's filters show it on each card, opening on the group's tasks.
 */
class EtiquetaConvenioTest extends DemoApplicationTest {

  @Autowired ProcessEngine engine;
  @Autowired ProgramaInformes informes;

  @Test
  void theApprovalsTasksAndAReportsTasksCarryTheComunaAndTheConvenio() {
    Map<String, Object> registro = Registro.otraComuna();
    registro.put("convenioEtiqueta", "Otra comuna · otro convenio");
    ProcessInstance instancia =
        engine.getRuntimeService().startProcessInstanceByKey(Procesos.CONVENIO_OMM, registro);
    String convenio = instancia.getBusinessKey();
    String etiqueta = registro.get("comuna") + " · " + convenio;

    Task aprobacion =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceBusinessKey(convenio)
            .taskDefinitionKey("Task_SolicitarRevision")
            .singleResult();
    assertThat(engine.getTaskService().getVariable(aprobacion.getId(), "convenioEtiqueta"))
        .isEqualTo(etiqueta);

    informes.abrir(
        convenio,
        TipoInforme.SEMESTRAL,
        "2017-1",
        "1er semestre 2017",
        LocalDate.of(2017, 7, 14),
        engine.getRuntimeService().getVariables(instancia.getId()));
    List<Task> informe =
        engine
            .getTaskService()
            .createTaskQuery()
            .processDefinitionKey(Procesos.INFORME_CONVENIO)
            .processInstanceBusinessKey(convenio)
            .list();
    assertThat(informe)
        .isNotEmpty()
        .allSatisfy(
            tarea ->
                assertThat(engine.getTaskService().getVariable(tarea.getId(), "convenioEtiqueta"))
                    .isEqualTo(etiqueta));
  }

  @Test
  void tasklistOpensOnTheGroupsTasksAndEveryFilterShowsTheConvenioOnTheCards() throws Exception {
    HttpResponse<String> respuesta =
        http()
            .getAs(
                "dideco",
                "demo",
                "/engine-rest/filter?resourceType=Task&firstResult=0&maxResults=20");
    assertThat(respuesta.statusCode()).isEqualTo(200);
    List<JsonNode> filtros = new ArrayList<>();
    new ObjectMapper().readTree(respuesta.body()).forEach(filtros::add);
    filtros.sort(
        Comparator.comparingInt(filtro -> filtro.path("properties").path("priority").asInt()));

    assertThat(filtros).isNotEmpty();
    assertThat(filtros.get(0).path("name").asText()).isEqualTo("Tareas de mi grupo");
    assertThat(filtros)
        .allSatisfy(
            filtro -> {
              JsonNode variables = filtro.path("properties").path("variables");
              assertThat(variables.size()).as(filtro.path("name").asText()).isEqualTo(1);
              assertThat(variables.get(0).path("name").asText()).isEqualTo("convenioEtiqueta");
              assertThat(variables.get(0).path("label").asText()).isEqualTo("Convenio");
            });
  }
}
