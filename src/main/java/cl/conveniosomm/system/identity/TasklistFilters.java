package cl.conveniosomm.system.identity;

import cl.conveniosomm.proceso.Variables;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The shared Tasklist filters, in Spanish, created once by name and kept to these properties. The
 * group's tasks come first (Tasklist opens on the first filter): that is where a person's work
 * arrives. Every card shows which convenio the task is about.
 */
@Component
public class TasklistFilters {

  /** Shown on each task card: the comuna and the convenio («La Serena · 04101-2016-12-19»). */
  private static final List<Map<String, String>> VARIABLES =
      List.of(Map.of("name", Variables.CONVENIO_ETIQUETA, "label", "Convenio"));

  private final FilterService filterService;
  private final TaskService taskService;

  public TasklistFilters(FilterService filterService, TaskService taskService) {
    this.filterService = filterService;
    this.taskService = taskService;
  }

  /** Creates the missing filters and returns the ids of all of them. */
  public List<String> ensure() {
    List<String> ids = new ArrayList<>();
    ids.add(
        ensure(
            "Tareas de mi grupo",
            -10,
            "Tareas sin asignar de sus grupos: al abrir una, queda asignada a usted",
            taskService
                .createTaskQuery()
                .taskCandidateGroupInExpression("${currentUserGroups()}")
                .orderByDueDate()
                .asc()));
    ids.add(
        ensure(
            "Mis tareas",
            -5,
            "Tareas asignadas a usted",
            taskService
                .createTaskQuery()
                .taskAssigneeExpression("${currentUser()}")
                .orderByDueDate()
                .asc()));
    ids.add(
        ensure(
            "Vencidas o por vencer",
            0,
            "Tareas de sus grupos o asignadas a usted, vencidas o que vencen en los próximos 3 días",
            dueSoonForThePerson()));
    return ids;
  }

  /**
   * Due within three days and the person's own work: assigned to them, or routed to one of their
   * groups (claimed by a colleague or not). It shows what the engine already lets them read, but
   * naming the groups lets the database start from the task's candidate links instead of checking
   * every open task of their municipalities against every grant of their groups: for a regional
   * office of 52 comunas that is 250 ms against 30 ms per query (docs/decisions.md).
   */
  private TaskQuery dueSoonForThePerson() {
    return taskService
        .createTaskQuery()
        .dueBeforeExpression("${dateTime().plusDays(3).toDate()}")
        .or()
        .taskAssigneeExpression("${currentUser()}")
        .taskCandidateGroupInExpression("${currentUserGroups()}")
        .includeAssignedTasks()
        .endOr()
        .orderByDueDate()
        .asc();
  }

  private String ensure(String name, int priority, String description, TaskQuery query) {
    Map<String, Object> properties =
        Map.of(
            "priority",
            priority,
            "description",
            description,
            "refresh",
            true,
            "variables",
            VARIABLES,
            "showUndefinedVariable",
            false);
    Filter existing = filterService.createTaskFilterQuery().filterName(name).singleResult();
    if (existing != null) {
      if (!properties.equals(existing.getProperties()) || !sameQuery(existing, query)) {
        filterService.saveFilter(existing.setProperties(properties).setQuery(query));
      }
      return existing.getId();
    }
    Filter filter = filterService.newTaskFilter(name).setQuery(query).setProperties(properties);
    return filterService.saveFilter(filter).getId();
  }

  /**
   * Compares the stored query as the engine serializes it, so a changed query reaches existing
   * installations.
   */
  private boolean sameQuery(Filter existing, TaskQuery query) {
    String wanted =
        ((FilterEntity) filterService.newTaskFilter().setQuery(query)).getQueryInternal();
    return wanted.equals(((FilterEntity) existing).getQueryInternal());
  }
}
