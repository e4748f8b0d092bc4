package cl.conveniosomm.municipio;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The open tasks a logged-in person can work on: assigned to her, or offered to one of her groups.
 */
@Component
public class TareasAbiertas {

  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final AlcanceUsuario alcance;

  public TareasAbiertas(
      TaskService taskService, RuntimeService runtimeService, AlcanceUsuario alcance) {
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.alcance = alcance;
  }

  /** Her open tasks with one of these definition keys. */
  public List<Task> de(Authentication usuario, String... tareas) {
    List<String> grupos =
        usuario.getAuthorities().stream()
            .map(authority -> authority.getAuthority().substring("GROUP_".length()))
            .toList();
    Alcance comunas = alcance.de(usuario);
    if (comunas.vacio()) {
      return List.of();
    }
    Map<String, Task> abiertas = new LinkedHashMap<>();
    deSusComunas(comunas, tareas)
        .taskAssignee(usuario.getName())
        .listPage(0, 200)
        .forEach(task -> abiertas.put(task.getId(), task));
    if (!grupos.isEmpty()) {
      deSusComunas(comunas, tareas)
          .taskCandidateGroupIn(grupos)
          .listPage(0, 200)
          .forEach(task -> abiertas.putIfAbsent(task.getId(), task));
    }
    return List.copyOf(abiertas.values());
  }

  /**
   * The open task {@code taskId} if she can work on it (hers or her groups', in her comunas); else
   * empty.
   */
  public java.util.Optional<Task> una(Authentication usuario, String taskId) {
    List<String> grupos =
        usuario.getAuthorities().stream()
            .map(authority -> authority.getAuthority().substring("GROUP_".length()))
            .toList();
    Alcance comunas = alcance.de(usuario);
    if (comunas.vacio()) {
      return java.util.Optional.empty();
    }
    TaskQuery suya = deSusComunas(comunas).taskId(taskId).taskAssignee(usuario.getName());
    Task tarea = suya.singleResult();
    if (tarea == null && !grupos.isEmpty()) {
      tarea = deSusComunas(comunas).taskId(taskId).taskCandidateGroupIn(grupos).singleResult();
    }
    return java.util.Optional.ofNullable(tarea);
  }

  private TaskQuery deSusComunas(Alcance comunas, String... tareas) {
    TaskQuery query = taskService.createTaskQuery();
    if (tareas.length > 0) {
      query.taskDefinitionKeyIn(tareas);
    }
    return comunas.todas() ? query : query.tenantIdIn(comunas.tenants());
  }

  /** The convenio a task belongs to: its process's business key, or null. */
  public String convenio(Task task) {
    var instancia =
        runtimeService
            .createProcessInstanceQuery()
            .processInstanceId(task.getProcessInstanceId())
            .singleResult();
    return instancia == null ? null : instancia.getBusinessKey();
  }
}
