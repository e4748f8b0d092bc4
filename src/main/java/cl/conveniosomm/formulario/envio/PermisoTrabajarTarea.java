package cl.conveniosomm.formulario.envio;

import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;

/**
 * What a task's candidates and assignee may do with it: work on it (claim, complete, comment) and
 * assign it (to a colleague, or back to the group), the two together as one grant.
 */
final class PermisoTrabajarTarea implements Permission {

  static final PermisoTrabajarTarea INSTANCIA = new PermisoTrabajarTarea();

  private PermisoTrabajarTarea() {}

  @Override
  public String getName() {
    return "TASK_WORK_ASSIGN";
  }

  @Override
  public int getValue() {
    return TaskPermissions.TASK_WORK.getValue() | TaskPermissions.TASK_ASSIGN.getValue();
  }

  @Override
  public Resource[] getTypes() {
    return new Resource[] {Resources.TASK};
  }
}
