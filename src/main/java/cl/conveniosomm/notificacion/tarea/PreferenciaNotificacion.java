package cl.conveniosomm.notificacion.tarea;

/** How a person wants to hear about new tasks. */
public enum PreferenciaNotificacion {
  /** One email per task, when it is created or assigned. */
  INMEDIATO,
  /** One email a día hábil morning listing the new tasks. */
  RESUMEN_DIARIO
}
