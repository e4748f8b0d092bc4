package cl.conveniosomm.proceso;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** The open tasks a logged-in person can work on: assigned to her, or offered to one of her groups. */
@Component
public class TareasAbiertas {

  private final TaskService taskService;
  private final RuntimeService runtimeService;

  public TareasAbiertas(TaskService taskService, RuntimeService runtimeService) {
    this.taskService = taskService;
    this.runtimeService = runtimeService;
  }

  /** Her open tasks with one of these definition keys. */
  public List<Task> de(Authentication usuario, String... tareas) {
    List<String> grupos = usuario.getAuthorities().stream()
        .map(authority -> authority.getAuthority().substring("GROUP_".length())).toList();
    Map<String, Task> abiertas = new LinkedHashMap<>();
    taskService.createTaskQuery().taskDefinitionKeyIn(tareas).taskAssignee(usuario.getName()).listPage(0, 200)
        .forEach(task -> abiertas.put(task.getId(), task));
    if (!grupos.isEmpty()) {
      taskService.createTaskQuery().taskDefinitionKeyIn(tareas).taskCandidateGroupIn(grupos).listPage(0, 200)
          .forEach(task -> abiertas.putIfAbsent(task.getId(), task));
    }
    return List.copyOf(abiertas.values());
  }

  /** The convenio a task belongs to: its process's business key, or null. */
  public String convenio(Task task) {
    var instancia = runtimeService.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
        .singleResult();
    return instancia == null ? null : instancia.getBusinessKey();
  }
}
