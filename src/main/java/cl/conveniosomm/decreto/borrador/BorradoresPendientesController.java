package cl.conveniosomm.decreto.borrador;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The decreto drafts attached to the logged-in person's open tasks (the Secretaría preparing it, the
 * Alcalde signing it): what the document page offers to download.
 */
@RestController
public class BorradoresPendientesController {

  private static final String[] TAREAS = {"Task_PrepararBorradorDecreto", "Task_FirmarDecreto"};

  private final TaskService taskService;
  private final RuntimeService runtimeService;

  public BorradoresPendientesController(TaskService taskService, RuntimeService runtimeService) {
    this.taskService = taskService;
    this.runtimeService = runtimeService;
  }

  public record Borrador(String tareaId, String tarea, String convenioId, String pdf, String docx) {
  }

  @GetMapping("/api/decretos/borradores")
  public List<Borrador> borradores(Authentication usuario) {
    List<String> grupos = usuario.getAuthorities().stream()
        .map(authority -> authority.getAuthority().substring("GROUP_".length())).toList();
    Map<String, Task> tareas = new LinkedHashMap<>();
    taskService.createTaskQuery().taskDefinitionKeyIn(TAREAS).taskAssignee(usuario.getName()).listPage(0, 200)
        .forEach(task -> tareas.put(task.getId(), task));
    if (!grupos.isEmpty()) {
      taskService.createTaskQuery().taskDefinitionKeyIn(TAREAS).taskCandidateGroupIn(grupos).listPage(0, 200)
          .forEach(task -> tareas.putIfAbsent(task.getId(), task));
    }
    List<Borrador> borradores = new ArrayList<>();
    for (Task task : tareas.values()) {
      var instancia = runtimeService.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
          .singleResult();
      if (instancia != null && instancia.getBusinessKey() != null) {
        String base = "/api/convenios/" + instancia.getBusinessKey() + "/decreto/borrador";
        borradores.add(new Borrador(task.getId(), task.getName(), instancia.getBusinessKey(), base + ".pdf",
            base + ".docx"));
      }
    }
    return borradores;
  }
}
