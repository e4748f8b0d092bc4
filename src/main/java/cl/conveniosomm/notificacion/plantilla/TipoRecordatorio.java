package cl.conveniosomm.notificacion.plantilla;

/** The step in a deadline's reminder escalation. */
public enum TipoRecordatorio {
  PREVIO,
  DIA,
  VENCIDO
}
