package cl.conveniosomm.proceso;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = {"processes/convenio-omm.bpmn", "forms/form-registrar-convenio.form",
    "forms/form-solicitar-aprobacion.form"})
class ConvenioOmmProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder().configurationResource("procesos.cfg.xml").build();

  @BeforeEach
  void useThisEngine() {
    init(engine.getProcessEngine());
  }

  @Test
  void registeredConvenioWaitsForDidecoToRequestItsApproval() {
    ProcessInstance convenio = runtimeService().startProcessInstanceByKey(Procesos.CONVENIO_OMM, "04101-2016-12-19");

    assertThat(convenio).isWaitingAt("Task_SolicitarAprobacion");
    assertThat(task()).hasCandidateGroup(Grupos.DIDECO).hasName("Solicitar aprobación del convenio");
    org.assertj.core.api.Assertions.assertThat(task().getDueDate()).as("vence a 5 días hábiles").isNotNull();

    complete(task(), withVariables("ordDidecoNumero", "4309", "ordDidecoMateria", "Solicita aprobación"));

    assertThat(convenio).hasPassed("Task_SolicitarAprobacion").isEnded();
  }
}
