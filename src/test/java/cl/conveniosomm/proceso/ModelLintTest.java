package cl.conveniosomm.proceso;

import static org.assertj.core.api.Assertions.assertThat;

import cl.conveniosomm.plazo.QuienActua;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Conventions (README, «Models and forms») that every model in processes/ must keep. */
class ModelLintTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Path> models() throws IOException {
    return Files.list(Path.of("processes")).filter(path -> path.toString().endsWith(".bpmn"));
  }

  @ParameterizedTest
  @MethodSource("models")
  void everyFormRefNamesADeployedForm(Path model) throws IOException {
    Set<String> formIds = formIds();
    BpmnModelInstance bpmn = Bpmn.readModelFromFile(model.toFile());

    Stream.concat(
            bpmn.getModelElementsByType(UserTask.class).stream().map(UserTask::getCamundaFormRef),
            bpmn.getModelElementsByType(StartEvent.class).stream()
                .map(StartEvent::getCamundaFormRef))
        .filter(ref -> ref != null)
        .forEach(ref -> assertThat(formIds).as("formRef en " + model).contains(ref));
  }

  @ParameterizedTest
  @MethodSource("models")
  void everyUserTaskGoesToAKnownGroupAndHasASpanishName(Path model) {
    BpmnModelInstance bpmn = Bpmn.readModelFromFile(model.toFile());

    for (UserTask task : bpmn.getModelElementsByType(UserTask.class)) {
      assertThat(task.getCamundaCandidateGroupsList())
          .as(task.getId())
          .isNotEmpty()
          .allSatisfy(group -> assertThat(Grupos.ROLES).contains(group));
      assertThat(task.getName()).as(task.getId()).isNotBlank();
      assertThat(task.getCamundaFormRef()).as(task.getId()).isNotBlank();
    }
  }

  /**
   * One listener on completing every user task, the same for all: the server's checks of what was
   * submitted, then what the features record of it (ValidarTareaListener). A task without it could
   * be completed unchecked through the Java API.
   */
  @ParameterizedTest
  @MethodSource("models")
  void everyUserTaskHasTheOneCompleteListener(Path model) {
    BpmnModelInstance bpmn = Bpmn.readModelFromFile(model.toFile());

    for (UserTask task : bpmn.getModelElementsByType(UserTask.class)) {
      List<String> alCompletar =
          task.getExtensionElements() == null
              ? List.of()
              : task
                  .getExtensionElements()
                  .getElementsQuery()
                  .filterByType(CamundaTaskListener.class)
                  .list()
                  .stream()
                  .filter(listener -> "complete".equals(listener.getCamundaEvent()))
                  .map(CamundaTaskListener::getCamundaDelegateExpression)
                  .toList();
      assertThat(alCompletar).as(task.getId()).containsExactly("${validarTarea}");
    }
  }

  /** Code finds a task by its id alone (forms, validators, deadlines): no id may name two tasks. */
  @org.junit.jupiter.api.Test
  void userTaskIdsAreUniqueAcrossModels() throws IOException {
    List<String> ids;
    try (Stream<Path> modelos = models()) {
      ids =
          modelos
              .flatMap(
                  model ->
                      Bpmn.readModelFromFile(model.toFile())
                          .getModelElementsByType(UserTask.class)
                          .stream()
                          .map(UserTask::getId))
              .toList();
    }
    assertThat(ids).hasSizeGreaterThanOrEqualTo(20).doesNotHaveDuplicates();
  }

  /**
   * A due date counts the holidays of where the party that must act is: SERNAMEG's regional office
   * or the municipality.
   */
  @ParameterizedTest
  @MethodSource("models")
  void everyDueDateCountsTheCalendarOfWhoMustAct(Path model) {
    BpmnModelInstance bpmn = Bpmn.readModelFromFile(model.toFile());

    for (UserTask task : bpmn.getModelElementsByType(UserTask.class)) {
      String vence = task.getCamundaDueDate();
      if (vence == null) {
        continue;
      }
      boolean deSernameg = QuienActua.esDeSernameg(task.getCamundaCandidateGroupsList());
      assertThat(vence.contains("sedeSernameg(comunaCodigo)"))
          .as(task.getId() + ": " + vence)
          .isEqualTo(deSernameg);
    }
  }

  @ParameterizedTest
  @MethodSource("models")
  void hasNoScriptsNorJavaClassesAndIsFullyDrawn(Path model) {
    BpmnModelInstance bpmn = Bpmn.readModelFromFile(model.toFile());

    assertThat(bpmn.getModelElementsByType(ScriptTask.class)).isEmpty();
    assertThat(bpmn.getModelElementsByType(ServiceTask.class))
        .allSatisfy(task -> assertThat(task.getCamundaClass()).as(task.getId()).isNull());
    Set<String> drawn =
        bpmn.getModelElementsByType(BpmnShape.class).stream()
            .map(shape -> shape.getBpmnElement().getId())
            .collect(Collectors.toSet());
    assertThat(bpmn.getModelElementsByType(FlowNode.class))
        .allSatisfy(
            node -> assertThat(drawn).as("diagrama de " + node.getId()).contains(node.getId()));
  }

  private static Set<String> formIds() throws IOException {
    try (Stream<Path> forms = Files.list(Path.of("forms"))) {
      List<Path> files = forms.filter(path -> path.toString().endsWith(".form")).toList();
      Collection<String> ids = new java.util.ArrayList<>();
      for (Path file : files) {
        ids.add(JSON.readTree(file.toFile()).get("id").asText());
      }
      return Set.copyOf(ids);
    }
  }
}
