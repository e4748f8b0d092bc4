package cl.conveniosomm.ciclo;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cl.conveniosomm.proceso.Grupos;
import cl.conveniosomm.support.DemoApplicationTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** One test per path of the yearly ciclo de gestión. */
class CicloGestionProcessTest extends DemoApplicationTest {

  @Autowired ProcessEngine processEngine;

  @BeforeEach
  void useTheApplicationsEngine() {
    init(processEngine);
  }

  @Test
  void theFirstCicloGoesThroughDiagnosticoAgendaAndPlan() {
    ProcessInstance ciclo = iniciar("ciclo-con-diagnostico", true);

    assertThat(ciclo).isWaitingAt("Task_PrepararDiagnostico");
    assertThat(task(ciclo)).hasCandidateGroup(Grupos.OMM);
    complete(task(ciclo), withVariables("ibbAutonomiaFisica", "x"));
    assertThat(task(ciclo)).hasCandidateGroup(Grupos.SERNAMEG);
    complete(task(ciclo), withVariables("revisionDiagnostico", "CONFORME"));
    agendaYPlan(ciclo);

    assertThat(ciclo)
        .hasPassedInOrder(
            "Task_PrepararDiagnostico",
            "Task_RevisarDiagnostico",
            "Task_PrepararAgenda",
            "Task_RevisarAgenda",
            "Task_AprobarAgenda",
            "Task_PrepararPlan",
            "Task_RevisarPlan",
            "Task_AprobarPlan")
        .isEnded();
  }

  @Test
  void aLaterCicloSkipsTheDiagnosticoUnlessTheOmmChoseToUpdateIt() {
    ProcessInstance ciclo = iniciar("ciclo-sin-diagnostico", false);

    assertThat(ciclo).isWaitingAt("Task_PrepararAgenda").hasNotPassed("Task_PrepararDiagnostico");
    agendaYPlan(ciclo);
    assertThat(ciclo).isEnded();
  }

  @Test
  void everyReviewAndApprovalCanSendTheDocumentBack() {
    ProcessInstance ciclo = iniciar("ciclo-observaciones", true);

    complete(task(ciclo));
    complete(
        task(ciclo),
        withVariables(
            "revisionDiagnostico", "OBSERVACIONES", "diagnosticoObservaciones", "Faltan datos"));
    assertThat(ciclo).isWaitingAt("Task_PrepararDiagnostico");
    complete(task(ciclo));
    complete(task(ciclo), withVariables("revisionDiagnostico", "CONFORME"));
    complete(task(ciclo));
    complete(
        task(ciclo),
        withVariables("revisionAgenda", "OBSERVACIONES", "agendaObservaciones", "Precisar"));
    assertThat(ciclo).isWaitingAt("Task_PrepararAgenda");
    complete(task(ciclo));
    complete(task(ciclo), withVariables("revisionAgenda", "CONFORME"));
    assertThat(task(ciclo)).hasCandidateGroup(Grupos.ALCALDIA);
    complete(
        task(ciclo),
        withVariables("aprobacionAgenda", "OBSERVADA", "agendaObservaciones", "Sumar un objetivo"));
    assertThat(ciclo).isWaitingAt("Task_PrepararAgenda");
    complete(task(ciclo));
    complete(task(ciclo), withVariables("revisionAgenda", "CONFORME"));
    complete(task(ciclo), withVariables("aprobacionAgenda", "APROBADA"));
    complete(task(ciclo));
    complete(
        task(ciclo),
        withVariables("revisionPlan", "OBSERVACIONES", "planObservaciones", "Presupuesto"));
    assertThat(ciclo).isWaitingAt("Task_PrepararPlan");
    complete(task(ciclo));
    complete(task(ciclo), withVariables("revisionPlan", "CONFORME"));
    complete(
        task(ciclo),
        withVariables("aprobacionPlan", "OBSERVADO", "planObservaciones", "Ajustar plazos"));
    assertThat(ciclo).isWaitingAt("Task_PrepararPlan");
    complete(task(ciclo));
    complete(task(ciclo), withVariables("revisionPlan", "CONFORME"));
    complete(task(ciclo), withVariables("aprobacionPlan", "APROBADO"));
    assertThat(ciclo).isEnded();
  }

  @Test
  void aReturnWithoutObservationsIsRefused() {
    ProcessInstance ciclo = iniciar("ciclo-sin-observaciones", false);
    complete(task(ciclo));
    String revisar = task(ciclo).getId();

    assertThatThrownBy(
            () ->
                processEngine
                    .getTaskService()
                    .complete(revisar, Map.of("revisionAgenda", "OBSERVACIONES")))
        .rootCause()
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("Escriba las observaciones");
    assertThat(ciclo).isWaitingAt("Task_RevisarAgenda");
  }

  private void agendaYPlan(ProcessInstance ciclo) {
    complete(task(ciclo), withVariables("agendaObjetivos", "Autonomía económica"));
    complete(task(ciclo), withVariables("revisionAgenda", "CONFORME"));
    complete(task(ciclo), withVariables("aprobacionAgenda", "APROBADA"));
    org.assertj.core.api.Assertions.assertThat(
            LocalDate.ofInstant(
                task(ciclo).getDueDate().toInstant(), ZoneId.of("America/Santiago")))
        .isEqualTo(LocalDate.of(2027, 3, 31));
    complete(task(ciclo), withVariables("planActividades", "Escuela de líderes"));
    complete(task(ciclo), withVariables("revisionPlan", "CONFORME"));
    complete(task(ciclo), withVariables("aprobacionPlan", "APROBADO"));
  }

  private ProcessInstance iniciar(String convenio, boolean conDiagnostico) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("anioCiclo", 2027);
    variables.put("requiereDiagnostico", conDiagnostico);
    variables.put(
        "vencePlan",
        Date.from(
            LocalDate.of(2027, 3, 31)
                .atTime(23, 59)
                .atZone(ZoneId.of("America/Santiago"))
                .toInstant()));
    variables.put("comuna", "La Serena");
    variables.put("comunaCodigo", "04101");
    return processEngine
        .getRuntimeService()
        .startProcessInstanceByKey("ciclo-gestion", convenio, variables);
  }
}
