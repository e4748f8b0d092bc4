package cl.conveniosomm.plazo;

import static org.assertj.core.api.Assertions.assertThat;

import cl.conveniosomm.municipio.Alcance;
import cl.conveniosomm.proceso.Grupos;
import cl.conveniosomm.proceso.Variables;
import cl.conveniosomm.support.DemoApplicationTest;
import cl.conveniosomm.system.engine.Reloj;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A convenio's deadlines count the holidays of where the party that must meet them acts
 * (docs/plazos.md): SERNAMEG's review in its regional seat, the OMM's task in the convenio's
 * comuna. The due date, the stored plazo, its reminders and the API agree on that calendar; the
 * plazo still belongs to the convenio's comuna.
 */
class PlazosDeQuienActuaTest extends DemoApplicationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PROCESO = "plazos-de-quien-actua";

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired PlazoRepository plazos;

  /**
   * The due dates as the real models write them (ModelLintTest holds the models to these
   * expressions).
   */
  @BeforeEach
  void desplegar() {
    repositoryService
        .createDeployment()
        .addModelInstance(
            PROCESO + ".bpmn",
            Bpmn.createExecutableProcess(PROCESO)
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .parallelGateway("dos")
                .userTask("Task_RevisarSernameg")
                .camundaCandidateGroups(Grupos.SERNAMEG)
                .camundaDueDate("${diasHabiles(5, sedeSernameg(comunaCodigo))}")
                .endEvent()
                .moveToNode("dos")
                .userTask("Task_PrepararOmm")
                .camundaCandidateGroups(Grupos.OMM)
                .camundaDueDate("${diasHabiles(5, comunaCodigo)}")
                .endEvent()
                .done())
        .enableDuplicateFiltering(true)
        .deploy();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  /**
   * San Carlos (Ñuble): 20 August, Nacimiento del Prócer (Ley 20.768), is a holiday only in Chillán
   * and Chillán Viejo, so it counts for SERNAMEG Ñuble (seat Chillán) and not for the municipality;
   * from Friday 14 August 2026 SERNAMEG's 5th día hábil is Monday 24 and its reminder 3 días
   * hábiles before falls on Tuesday 18 (Wednesday 19 in San Carlos' calendar). Putre (Arica y
   * Parinacota): 7 June, Asalto y Toma del Morro de Arica (Ley 20.663), is a holiday in the whole
   * región, so both parties skip it.
   */
  @ParameterizedTest
  @CsvSource({
    "16301, San Carlos, 2026-08-14, 16101, Chillán, 2026-08-24, 2026-08-18, 2026-08-21",
    "15201, Putre,      2027-06-01, 15101, Arica,   2027-06-09, 2027-06-03, 2027-06-09"
  })
  void cadaPlazoCuentaLosFeriadosDeQuienDebeCumplirlo(
      String comuna,
      String nombre,
      LocalDate inicio,
      String sede,
      String nombreSede,
      LocalDate venceSernameg,
      LocalDate recordatorioSernameg,
      LocalDate venceMunicipal)
      throws Exception {
    ClockUtil.setCurrentTime(Date.from(inicio.atTime(10, 0).atZone(Reloj.ZONA).toInstant()));
    String convenio = comuna + "-quien-actua-" + UUID.randomUUID().toString().substring(0, 8);

    ProcessInstance instancia =
        runtimeService.startProcessInstanceByKey(
            PROCESO, convenio, Map.of(Variables.COMUNA_CODIGO, comuna, Variables.COMUNA, nombre));
    Plazo deSernameg = plazo(convenio, tarea(instancia, "Task_RevisarSernameg"), venceSernameg);
    Plazo municipal = plazo(convenio, tarea(instancia, "Task_PrepararOmm"), venceMunicipal);

    assertThat(deSernameg.calendarioComuna()).isEqualTo(sede);
    assertThat(municipal.calendarioComuna()).isEqualTo(comuna);
    assertThat(deSernameg.comunaCodigo()).as("the plazo is the convenio's").isEqualTo(comuna);
    assertThat(municipal.comunaCodigo()).isEqualTo(comuna);
    assertThat(plazos.find(convenio, null, inicio, 10, Alcance.de(Set.of(comuna))))
        .as("the municipality sees both")
        .hasSize(2);
    assertThat(plazos.find(convenio, null, inicio, 10, Alcance.de(Set.of(sede)))).isEmpty();

    assertThat(LocalDate.ofInstant(deSernameg.proximoRecordatorio().cuando(), Reloj.ZONA))
        .as("reminders count in the seat's calendar")
        .isEqualTo(recordatorioSernameg);

    JsonNode vista = vistaDe(convenio, deSernameg.id());
    assertThat(vista.path("comuna").asText()).isEqualTo(nombre);
    assertThat(vista.path("vence").asText()).isEqualTo(venceSernameg.toString());
    assertThat(vista.path("calendario").path("comunaCodigo").asText()).isEqualTo(sede);
    assertThat(vista.path("calendario").path("comuna").asText()).isEqualTo(nombreSede);
    assertThat(vistaDe(convenio, municipal.id()).path("calendario").path("comuna").asText())
        .isEqualTo(nombre);
  }

  private Task tarea(ProcessInstance instancia, String clave) {
    return taskService
        .createTaskQuery()
        .processInstanceId(instancia.getId())
        .taskDefinitionKey(clave)
        .singleResult();
  }

  private Plazo plazo(String convenio, Task tarea, LocalDate vence) {
    assertThat(LocalDate.ofInstant(tarea.getDueDate().toInstant(), Reloj.ZONA))
        .as(tarea.getTaskDefinitionKey())
        .isEqualTo(vence);
    Plazo plazo = plazos.findByObligacion(convenio, "tarea-" + tarea.getId()).orElseThrow();
    assertThat(plazo.vence()).isEqualTo(vence);
    return plazo;
  }

  private JsonNode vistaDe(String convenio, String plazoId) throws Exception {
    HttpResponse<String> respuesta =
        http().getAs("admin", "demo", "/api/plazos?convenio=" + convenio);
    assertThat(respuesta.statusCode()).isEqualTo(200);
    for (JsonNode vista : JSON.readTree(respuesta.body())) {
      if (vista.path("id").asText().equals(plazoId)) {
        return vista;
      }
    }
    throw new AssertionError(
        "/api/plazos no muestra el plazo " + plazoId + ": " + respuesta.body());
  }
}
