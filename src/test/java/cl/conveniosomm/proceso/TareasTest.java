package cl.conveniosomm.proceso;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/**
 * The code's task ids are the models' task ids: none missing, none left over after a model changes.
 */
class TareasTest {

  @Test
  void everyConstantIsAUserTaskOfAModelAndEveryUserTaskHasItsConstant() throws Exception {
    List<String> enModelos;
    try (Stream<Path> modelos =
        Files.list(Path.of("processes")).filter(p -> p.toString().endsWith(".bpmn"))) {
      enModelos =
          modelos
              .flatMap(
                  modelo ->
                      Bpmn.readModelFromFile(modelo.toFile())
                          .getModelElementsByType(UserTask.class)
                          .stream()
                          .map(UserTask::getId))
              .toList();
    }
    List<String> enCodigo =
        Arrays.stream(Tareas.class.getDeclaredFields())
            .filter(
                campo -> Modifier.isStatic(campo.getModifiers()) && campo.getType() == String.class)
            .map(TareasTest::valor)
            .toList();

    assertThat(enCodigo).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(enModelos);
  }

  private static String valor(Field campo) {
    try {
      return (String) campo.get(null);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
