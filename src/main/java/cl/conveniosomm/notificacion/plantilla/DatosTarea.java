package cl.conveniosomm.notificacion.plantilla;

import java.time.LocalDate;

/**
 * Una tarea de Tasklist para avisar. {@code vence} y {@code grupo} (nombre del grupo en castellano, cuando la tarea
 * está disponible para un grupo) pueden ser nulos.
 */
public record DatosTarea(String tareaId, String tareaNombre, String convenioId, String comuna, LocalDate vence,
    String grupo, boolean asignadaAUsted, String enlace) {

  public DatosTarea {
    Requerido.texto(tareaId, "tareaId");
    Requerido.texto(tareaNombre, "tareaNombre");
    Requerido.texto(convenioId, "convenioId");
    Requerido.texto(comuna, "comuna");
    Requerido.enlace(enlace);
  }
}
