package cl.conveniosomm.decreto;

import cl.conveniosomm.proceso.Variables;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * Checks what a person submits to complete an approval task, before the engine sees it: the same
 * rules the step's listener applies when it records the antecedente.
 */
@Service
public class ValidacionPasos {

  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final AntecedenteService antecedentes;

  public ValidacionPasos(TaskService taskService, RuntimeService runtimeService, AntecedenteService antecedentes) {
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.antecedentes = antecedentes;
  }

  /** Spanish problems with completing the task with these variables; empty when fine or not an approval step. */
  public List<String> problemas(String taskId, Map<String, Object> enviadas) {
    Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
    if (task == null || task.getProcessInstanceId() == null) {
      return List.of();
    }
    String tarea = task.getTaskDefinitionKey();
    if (PasoAprobacion.deTarea(tarea).isEmpty() && DecisionPaso.deTarea(tarea).isEmpty()) {
      return List.of();
    }
    Map<String, Object> variables = new HashMap<>(runtimeService.getVariables(task.getExecutionId()));
    variables.putAll(enviadas);
    String convenio = runtimeService.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
        .singleResult().getBusinessKey();
    List<String> problemas = new ArrayList<>();
    DecisionPaso.deTarea(tarea).ifPresent(decision -> problemas.addAll(
        decision.problemas(variables.get(decision.variable()), variables.get(decision.variableObservaciones()))));
    PasoAprobacion.deTarea(tarea).ifPresent(paso -> problemas.addAll(antecedentes.problemas(entrada(convenio, paso, variables))));
    return problemas;
  }

  static EntradaAntecedente entrada(String convenio, PasoAprobacion paso, Map<String, Object> variables) {
    Object comuna = variables.get(Variables.COMUNA_CODIGO);
    return new EntradaAntecedente(convenio, comuna == null ? null : comuna.toString(),
        AntecedenteService.fecha(variables.get(Variables.FECHA_SUSCRIPCION)), paso, variables.get(paso.variableNumero()),
        variables.get(paso.variableFecha()), variables.get(paso.variableMateria()), null);
  }
}
