package cl.conveniosomm.formulario.envio;

import cl.conveniosomm.formulario.ValidacionFormulario;
import cl.conveniosomm.municipio.Alcance;
import cl.conveniosomm.proceso.ValidadorTarea;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;

/**
 * Checks a task completion: what people submit over HTTP first against the task's form, then every
 * feature's {@link ValidadorTarea}.
 */
@Service
public class ValidacionEnvio {

  private final ProcessEngine processEngine;
  private final TaskService taskService;
  private final IdentityService identityService;
  private final ValidacionFormulario formulario;
  private final List<ValidadorTarea> validadores;

  public ValidacionEnvio(
      ProcessEngine processEngine,
      ValidacionFormulario formulario,
      List<ValidadorTarea> validadores) {
    this.processEngine = processEngine;
    this.identityService = processEngine.getIdentityService();
    this.taskService = processEngine.getTaskService();
    this.formulario = formulario;
    this.validadores = validadores;
  }

  /**
   * Spanish problems with completing the task with these submitted variables; empty when fine, or
   * when the task is not one of the caller's municipalities (the engine answers for it).
   */
  public List<String> problemas(String taskId, Map<String, Object> enviadas, Alcance alcance) {
    // she may complete the task without the right to read its instance: the checks read as the
    // system, in one command that reads the task, its variables and its convenio
    List<String> problemas =
        comoSistema(
            () ->
                comandos()
                    .execute(
                        contexto -> {
                          TaskEntity task = contexto.getTaskManager().findTaskById(taskId);
                          if (task == null
                              || task.getProcessInstanceId() == null
                              || !alcance.incluye(task.getTenantId())) {
                            return List.<String>of();
                          }
                          return problemas(task, enviadas);
                        }));
    // what is wrong with a task says something about it: only to whoever may read it
    if (!problemas.isEmpty() && puedeLeer(taskId, alcance)) {
      return problemas;
    }
    return List.of();
  }

  private List<String> problemas(TaskEntity task, Map<String, Object> enviadas) {
    Map<String, Object> actuales = task.getExecution().getVariables();
    List<String> contrato =
        formulario.problemas(task.getTaskDefinitionKey(), task.getName(), enviadas, actuales);
    if (!contrato.isEmpty()) {
      return contrato;
    }
    Map<String, Object> variables = new HashMap<>(actuales);
    variables.putAll(enviadas);
    return problemas(
        task.getTaskDefinitionKey(), task.getProcessInstance().getBusinessKey(), variables);
  }

  private boolean puedeLeer(String taskId, Alcance alcance) {
    TaskQuery consulta = taskService.createTaskQuery().taskId(taskId);
    return (alcance.todas() ? consulta : consulta.tenantIdIn(alcance.tenants())).count() == 1;
  }

  private CommandExecutor comandos() {
    return ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired();
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

  /**
   * Spanish problems from every feature's validator for task {@code tarea} with these variables.
   */
  public List<String> problemas(String tarea, String convenio, Map<String, Object> variables) {
    List<String> problemas = new ArrayList<>();
    validadores.forEach(
        validador -> problemas.addAll(validador.problemas(tarea, convenio, variables)));
    return problemas;
  }
}
