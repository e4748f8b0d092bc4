package cl.conveniosomm.documento;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * The document an open task asks for, as the features that provide one ({@link DocumentoDeTarea})
 * say.
 */
@Service
public class DocumentosRequeridos {

  private final TaskService taskService;
  private final List<DocumentoDeTarea> proveedores;

  public DocumentosRequeridos(TaskService taskService, List<DocumentoDeTarea> proveedores) {
    this.taskService = taskService;
    this.proveedores = proveedores;
  }

  /** The definition keys of every task that may ask for a document. */
  public String[] tareas() {
    return proveedores.stream()
        .flatMap(proveedor -> proveedor.tareas().stream())
        .toArray(String[]::new);
  }

  /** The document {@code task} asks for; empty when none. */
  public Optional<DocumentoDeTarea.Requerido> de(Task task) {
    String tarea = task.getTaskDefinitionKey();
    if (proveedores.stream().noneMatch(proveedor -> proveedor.tareas().contains(tarea))) {
      return Optional.empty();
    }
    var variables = taskService.getVariables(task.getId());
    return proveedores.stream()
        .flatMap(proveedor -> proveedor.requerido(tarea, variables).stream())
        .findFirst();
  }
}
