package cl.conveniosomm.decreto;

import org.springframework.stereotype.Component;

/**
 * Due dates of the approval's tasks for the models: {@code
 * camunda:dueDate="${diasHabiles(plazosAprobacion.dias('Task_RevisarConvenio'), comunaCodigo)}"}.
 */
@Component("plazosAprobacion")
public class PlazosAprobacion {

  private final AprobacionProperties properties;

  public PlazosAprobacion(AprobacionProperties properties) {
    this.properties = properties;
  }

  public int dias(String tarea) {
    return properties.dias(tarea);
  }
}
