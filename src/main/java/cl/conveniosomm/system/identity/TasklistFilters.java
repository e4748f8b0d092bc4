package cl.conveniosomm.system.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/** The shared Tasklist filters, in Spanish, created once by name. */
@Component
public class TasklistFilters {

  private final FilterService filterService;
  private final TaskService taskService;

  public TasklistFilters(FilterService filterService, TaskService taskService) {
    this.filterService = filterService;
    this.taskService = taskService;
  }

  /** Creates the missing filters and returns the ids of all of them. */
  public List<String> ensure() {
    List<String> ids = new ArrayList<>();
    ids.add(ensure("Mis tareas", -10, "Tareas asignadas a usted",
        taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc()));
    ids.add(ensure("Tareas de mi grupo", -5, "Tareas sin asignar de sus grupos: reclame una para trabajarla",
        taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
            .orderByDueDate().asc()));
    ids.add(ensure("Vencidas o por vencer", 0, "Tareas vencidas o que vencen en los próximos 3 días",
        taskService.createTaskQuery().dueBeforeExpression("${dateTime().plusDays(3).toDate()}")
            .orderByDueDate().asc()));
    return ids;
  }

  private String ensure(String name, int priority, String description, TaskQuery query) {
    Filter existing = filterService.createTaskFilterQuery().filterName(name).singleResult();
    if (existing != null) {
      return existing.getId();
    }
    Filter filter = filterService.newTaskFilter(name)
        .setQuery(query)
        .setProperties(Map.<String, Object>of("priority", priority, "description", description, "refresh", true));
    return filterService.saveFilter(filter).getId();
  }
}
