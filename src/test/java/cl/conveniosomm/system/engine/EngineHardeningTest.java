package cl.conveniosomm.system.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cl.conveniosomm.support.DemoApplicationTest;
import java.net.http.HttpResponse;
import javax.script.ScriptEngineManager;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The engine runs with the hardening the issue lists, and it shows in behaviour. */
class EngineHardeningTest extends DemoApplicationTest {

  @Autowired ProcessEngine processEngine;

  @Autowired RepositoryService repositoryService;

  @Autowired RuntimeService runtimeService;

  @Test
  void engineChecksAuthorizationsAndTenantsAndLimitsQueries() {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();

    assertThat(configuration.isAuthorizationEnabled()).isTrue();
    assertThat(configuration.isTenantCheckEnabled()).isTrue();
    assertThat(configuration.isJavaSerializationFormatEnabled()).isFalse();
    assertThat(configuration.isDeserializationTypeValidationEnabled()).isTrue();
    assertThat(configuration.getQueryMaxResultsLimit()).isEqualTo(2000);
  }

  @Test
  void refusesJavaSerializedVariablesOverRest() {
    String body =
        "{\"variables\":{\"payload\":{\"value\":\"rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcA==\","
            + "\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":\"java.util.HashMap\","
            + "\"serializationDataFormat\":\"application/x-java-serialized-object\"}}},\"businessKey\":\"x\"}";

    HttpResponse<String> response =
        http()
            .postJsonAs(
                "admin", "demo", "/engine-rest/process-definition/key/convenio-omm/start", body);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("serializadas con Java");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("x").count())
        .isZero();
  }

  @Test
  void hasNoGeneralPurposeScriptEngineOnTheClasspath() {
    assertThat(new ScriptEngineManager().getEngineFactories())
        .extracting(factory -> factory.getClass().getSimpleName())
        .isSubsetOf(
            "FeelScriptEngineFactory",
            "FeelUnaryTestsScriptEngineFactory",
            "JuelScriptEngineFactory");
  }

  @Test
  void refusesToRunAScriptTask() {
    BpmnModelInstance model =
        Bpmn.createExecutableProcess("con-script")
            .camundaHistoryTimeToLive(1)
            .startEvent()
            .scriptTask()
            .scriptFormat("feel")
            .scriptText("1 + 1")
            .endEvent()
            .done();
    repositoryService.createDeployment().addModelInstance("con-script.bpmn", model).deploy();

    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("con-script"))
        .hasMessageContaining("feel");
    assertThat(
            runtimeService.createProcessInstanceQuery().processDefinitionKey("con-script").count())
        .isZero();
  }
}
