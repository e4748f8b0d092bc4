package cl.conveniosomm.system.web;

import cl.conveniosomm.formulario.ValidacionFormulario;
import cl.conveniosomm.municipio.Alcance;
import cl.conveniosomm.proceso.ValidadorTarea;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;

/**
 * Checks a task completion: what people submit over HTTP first against the task's form, then
 * every feature's {@link ValidadorTarea}.
 */
@Service
public class ValidacionEnvio {

  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final ValidacionFormulario formulario;
  private final List<ValidadorTarea> validadores;

  public ValidacionEnvio(TaskService taskService, RuntimeService runtimeService, IdentityService identityService,
      ValidacionFormulario formulario, List<ValidadorTarea> validadores) {
    this.identityService = identityService;
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.formulario = formulario;
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
    // she may complete the task without the right to read its instance: the checks read as the system
    return comoSistema(() -> problemas(task, enviadas));
  }

  private List<String> problemas(Task task, Map<String, Object> enviadas) {
    Map<String, Object> actuales = runtimeService.getVariables(task.getExecutionId());
    List<String> contrato = formulario.problemas(task.getTaskDefinitionKey(), task.getName(), enviadas, actuales);
    if (!contrato.isEmpty()) {
      return contrato;
    }
    Map<String, Object> variables = new HashMap<>(actuales);
    variables.putAll(enviadas);
    String convenio = runtimeService.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
        .singleResult().getBusinessKey();
    return problemas(task.getTaskDefinitionKey(), convenio, variables);
  }

  private <T> T comoSistema(Supplier<T> lectura) {
    Authentication llamador = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return lectura.get();
    } finally {
      if (llamador != null) {
        identityService.setAuthentication(llamador);
      }
    }
  }

  /** Spanish problems from every feature's validator for task {@code tarea} with these variables. */
  public List<String> problemas(String tarea, String convenio, Map<String, Object> variables) {
    List<String> problemas = new ArrayList<>();
    validadores.forEach(validador -> problemas.addAll(validador.problemas(tarea, convenio, variables)));
    return problemas;
  }
}
