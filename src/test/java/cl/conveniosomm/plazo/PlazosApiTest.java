package cl.conveniosomm.plazo;

import static org.assertj.core.api.Assertions.assertThat;

import cl.conveniosomm.support.DemoApplicationTest;
import cl.conveniosomm.system.engine.Reloj;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Users see deadlines over REST, and BPMN due dates count días hábiles. */
class PlazosApiTest extends DemoApplicationTest {

  @Autowired PlazoService plazoService;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void listsDeadlinesWithTheirStateForALoggedInUser() {
    LocalDate ayer = LocalDate.now(Reloj.ZONA).minusDays(1);
    plazoService.abrir(
        new NuevoPlazo(
            "04101-api",
            "agenda-2026",
            "Agenda de Género Comunal 2026",
            "04101",
            "La Serena",
            ayer,
            List.of("omm@laserena.cl"),
            List.of(),
            List.of(),
            "http://localhost:8080/camunda/app/"));

    HttpResponse<String> vencidos =
        http().getAs("dideco", "demo", "/api/plazos?convenio=04101-api&estado=vencido");

    assertThat(vencidos.statusCode()).isEqualTo(200);
    assertThat(vencidos.body())
        .contains("\"estado\":\"VENCIDO\"")
        .contains("Agenda de Género Comunal 2026");
    assertThat(http().get("/api/plazos").statusCode()).isEqualTo(401);
    HttpResponse<String> malo = http().getAs("dideco", "demo", "/api/plazos?estado=quizas");
    assertThat(malo.statusCode()).isEqualTo(400);
    assertThat(malo.body()).contains("Estado desconocido");
  }

  @Test
  void aUserTaskDueDateCanBeWrittenInDiasHabiles() {
    repositoryService
        .createDeployment()
        .addModelInstance(
            "plazo-habil.bpmn",
            Bpmn.createExecutableProcess("plazo-habil")
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("Task_Revisar")
                .camundaCandidateGroups("dideco")
                .camundaDueDate("${diasHabiles(5, comunaCodigo)}")
                .endEvent()
                .done())
        .deploy();
    // Friday 26 June 2026, La Serena: Monday 29 June is a holiday, so the 5th día hábil is Monday 6
    // July.
    ClockUtil.setCurrentTime(
        Date.from(
            LocalDate.of(2026, 6, 26)
                .atTime(10, 0)
                .atZone(java.time.ZoneId.of("America/Santiago"))
                .toInstant()));

    String instance =
        runtimeService
            .startProcessInstanceByKey("plazo-habil", Map.of("comunaCodigo", "04101"))
            .getId();

    Date due =
        taskService.createTaskQuery().processInstanceId(instance).singleResult().getDueDate();
    assertThat(LocalDate.ofInstant(due.toInstant(), java.time.ZoneId.of("America/Santiago")))
        .isEqualTo(LocalDate.of(2026, 7, 6));
  }
}
