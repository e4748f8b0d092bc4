package cl.conveniosomm.proceso;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import cl.conveniosomm.support.DemoApplicationTest;
import cl.conveniosomm.support.Registro;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The convenio's main process: a registered convenio goes into its approval (the path to vigente
 * runs in the La Serena scenario).
 */
class ConvenioOmmProcessTest extends DemoApplicationTest {

  @Autowired ProcessEngine processEngine;

  @BeforeEach
  void useTheApplicationsEngine() {
    init(processEngine);
  }

  @Test
  void aRegisteredConvenioGoesIntoItsApprovalWithDidecosRequestDueInDiasHabiles() {
    ProcessInstance convenio =
        processEngine
            .getRuntimeService()
            .startProcessInstanceByKey(
                Procesos.CONVENIO_OMM, "04101-principal", Registro.otraComuna());

    assertThat(convenio).isWaitingAt("CallActivity_AprobarConvenio");
    ProcessInstance aprobacion = calledProcessInstance(convenio);
    assertThat(aprobacion).isWaitingAt("Task_SolicitarRevision").hasBusinessKey("04101-principal");
    assertThat(task(aprobacion))
        .hasCandidateGroup(Grupos.DIDECO)
        .hasName("Solicitar revisión del convenio")
        .hasDueDate(task(aprobacion).getDueDate());
    org.assertj.core.api.Assertions.assertThat(task(aprobacion).getDueDate()).isNotNull();
  }

  @Test
  void theConvenioIsNamedAfterItsComunaAndSignatureDate() {
    Map<String, Object> registro = Registro.otraComuna();

    ProcessInstance convenio =
        processEngine
            .getRuntimeService()
            .startProcessInstanceByKey(Procesos.CONVENIO_OMM, registro);

    assertThat(convenio).hasBusinessKey(registro.get("comunaCodigo") + "-2016-12-19");
  }

  @Test
  void aSecondConvenioForAComunaInApprovalIsRefused() {
    Map<String, Object> registro = Registro.otraComuna();
    processEngine.getRuntimeService().startProcessInstanceByKey(Procesos.CONVENIO_OMM, registro);

    assertThatThrownBy(
            () ->
                processEngine
                    .getRuntimeService()
                    .startProcessInstanceByKey(Procesos.CONVENIO_OMM, registro))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("ya tiene un convenio en aprobación o vigente");
  }

  @Test
  void aRegistrationWithBadDataIsRefusedWithEveryProblemAndStartsNothing() {
    Map<String, Object> registro = Registro.otraComuna();
    registro.put("comunaCodigo", "99999");
    registro.put("fechaSuscripcion", "2099-01-01");
    registro.put("contraparteEmail", "no-es-correo");
    registro.put("tipoMecanismo", "OTRO");
    long antes = processEngine.getRuntimeService().createProcessInstanceQuery().count();

    assertThatThrownBy(
            () ->
                processEngine
                    .getRuntimeService()
                    .startProcessInstanceByKey(Procesos.CONVENIO_OMM, registro))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("«Comuna» debe ser una de las opciones")
        .hasMessageContaining("en el futuro")
        .hasMessageContaining("no es un correo válido")
        .hasMessageContaining("«Tipo de mecanismo» debe ser una de las opciones");
    org.assertj.core.api.Assertions.assertThat(
            processEngine.getRuntimeService().createProcessInstanceQuery().count())
        .isEqualTo(antes);
  }

  @Test
  void aRegistrationWithoutSernamegsOrdIsRefusedAndLeavesNothing() {
    Map<String, Object> sinOrd = Registro.otraComuna();
    sinOrd.remove("ordSernamegNumero");

    assertThatThrownBy(
            () ->
                processEngine
                    .getRuntimeService()
                    .startProcessInstanceByKey(Procesos.CONVENIO_OMM, "04101-sin-ord", sinOrd))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("Falta «N° del Ord. de SERNAMEG");
    org.assertj.core.api.Assertions.assertThat(
            processEngine
                .getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey("04101-sin-ord")
                .count())
        .isZero();
  }
}
