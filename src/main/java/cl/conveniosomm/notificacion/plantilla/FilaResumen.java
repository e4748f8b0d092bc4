package cl.conveniosomm.notificacion.plantilla;

import cl.conveniosomm.system.texto.Fechas;

/** A task in the daily digest, with its texts already prepared for the template. */
record FilaResumen(
    String tareaNombre,
    String convenioId,
    String comuna,
    String vence,
    boolean asignadaAUsted,
    String grupo,
    String enlace) {

  static FilaResumen de(DatosTarea tarea) {
    return new FilaResumen(
        tarea.tareaNombre(),
        tarea.convenioId(),
        tarea.comuna(),
        Fechas.corta(tarea.vence()),
        tarea.asignadaAUsted(),
        tarea.grupo(),
        tarea.enlace());
  }
}
