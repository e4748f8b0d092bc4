package cl.conveniosomm.notificacion.plantilla;

import java.time.LocalDate;

/**
 * A Tasklist task to notify about. {@code vence} and {@code grupo} (the group's Spanish name, when
 * the task is available to a group) may be null.
 */
public record DatosTarea(
    String tareaId,
    String tareaNombre,
    String convenioId,
    String comuna,
    LocalDate vence,
    String grupo,
    boolean asignadaAUsted,
    String enlace) {

  public DatosTarea {
    Requerido.texto(tareaId, "tareaId");
    Requerido.texto(tareaNombre, "tareaNombre");
    Requerido.texto(convenioId, "convenioId");
    Requerido.texto(comuna, "comuna");
    Requerido.enlace(enlace);
  }
}
