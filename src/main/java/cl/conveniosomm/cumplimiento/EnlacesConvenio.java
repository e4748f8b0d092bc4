package cl.conveniosomm.cumplimiento;

import cl.conveniosomm.municipio.Alcance;
import cl.conveniosomm.proceso.Procesos;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * Links from the dashboard into the webapps, by convenio id: its main process in Cockpit, and its
 * most urgent open task in Tasklist. One engine query each, restricted to the person's tenants.
 */
@Component
public class EnlacesConvenio {

  static final String COCKPIT = "/camunda/app/cockpit/default/#/process-instance/";
  static final String TASKLIST = "/camunda/app/tasklist/default/#/?task=";

  private final HistoryService historyService;
  private final TaskService taskService;

  public EnlacesConvenio(HistoryService historyService, TaskService taskService) {
    this.historyService = historyService;
    this.taskService = taskService;
  }

  public Map<String, String> cockpit(Alcance alcance) {
    Map<String, String> enlaces = new HashMap<>();
    if (alcance.vacio()) {
      return enlaces;
    }
    HistoricProcessInstanceQuery query =
        historyService
            .createHistoricProcessInstanceQuery()
            .processDefinitionKey(Procesos.CONVENIO_OMM);
    if (!alcance.todas()) {
      query.tenantIdIn(alcance.tenants());
    }
    query
        .orderByProcessInstanceStartTime()
        .asc()
        .list()
        .forEach(
            instancia ->
                enlaces.put(instancia.getBusinessKey(), COCKPIT + instancia.getId() + "/runtime"));
    return enlaces;
  }

  public Map<String, String> tasklist(Alcance alcance) {
    Map<String, String> enlaces = new HashMap<>();
    if (alcance.vacio()) {
      return enlaces;
    }
    TaskQuery query = taskService.createTaskQuery().active();
    if (!alcance.todas()) {
      query.tenantIdIn(alcance.tenants());
    }
    List<Task> tareas = query.orderByDueDate().asc().list();
    if (tareas.isEmpty()) {
      return enlaces;
    }
    Map<String, String> convenioDeInstancia = new HashMap<>();
    historyService
        .createHistoricProcessInstanceQuery()
        .processInstanceIds(
            tareas.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet()))
        .list()
        .forEach(
            instancia -> convenioDeInstancia.put(instancia.getId(), instancia.getBusinessKey()));
    for (Task tarea : tareas) {
      String convenio = convenioDeInstancia.get(tarea.getProcessInstanceId());
      if (convenio != null) {
        enlaces.putIfAbsent(convenio, TASKLIST + tarea.getId());
      }
    }
    return enlaces;
  }
}
