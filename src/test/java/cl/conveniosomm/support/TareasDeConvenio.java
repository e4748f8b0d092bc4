package cl.conveniosomm.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;

/** A convenio's open tasks, found through the engine as a test sets a walk up or checks it. */
public final class TareasDeConvenio {

  private TareasDeConvenio() {}

  /** The id of the convenio's open task {@code definicion}; fails the test when there is none. */
  public static String id(ProcessEngine engine, String convenio, String definicion) {
    Task tarea = de(engine, convenio, definicion).singleResult();
    assertThat(tarea).as(definicion + " abierta").isNotNull();
    return tarea.getId();
  }

  public static boolean abierta(ProcessEngine engine, String convenio, String definicion) {
    return de(engine, convenio, definicion).count() > 0;
  }

  private static TaskQuery de(ProcessEngine engine, String convenio, String definicion) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceBusinessKey(convenio)
        .taskDefinitionKey(definicion);
  }
}
