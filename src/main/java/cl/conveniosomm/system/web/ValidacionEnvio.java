package cl.conveniosomm.system.web;

import cl.conveniosomm.municipio.Alcance;
import cl.conveniosomm.proceso.ValidadorTarea;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;

/** Runs every feature's {@link ValidadorTarea} on a task completion. */
@Service
public class ValidacionEnvio {

  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final List<ValidadorTarea> validadores;

  public ValidacionEnvio(TaskService taskService, RuntimeService runtimeService, List<ValidadorTarea> validadores) {
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.validadores = validadores;
  }

  /**
   * Spanish problems with completing the task with these submitted variables; empty when fine, or when
   * the task is not one of the caller's municipalities.
   */
  public List<String> problemas(String taskId, Map<String, Object> enviadas, Alcance alcance) {
    TaskQuery consulta = taskService.createTaskQuery().taskId(taskId);
    // a task of another municipality is none of her business: the engine answers for it
    Task task = (alcance.todas() ? consulta : consulta.tenantIdIn(alcance.tenants())).singleResult();
    if (task == null || task.getProcessInstanceId() == null) {
      return List.of();
    }
    Map<String, Object> variables = new HashMap<>(runtimeService.getVariables(task.getExecutionId()));
    variables.putAll(enviadas);
    String convenio = runtimeService.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
        .singleResult().getBusinessKey();
    return problemas(task.getTaskDefinitionKey(), convenio, variables);
  }

  /** Spanish problems from every feature's validator for task {@code tarea} with these variables. */
  public List<String> problemas(String tarea, String convenio, Map<String, Object> variables) {
    List<String> problemas = new ArrayList<>();
    validadores.forEach(validador -> problemas.addAll(validador.problemas(tarea, convenio, variables)));
    return problemas;
  }
}
