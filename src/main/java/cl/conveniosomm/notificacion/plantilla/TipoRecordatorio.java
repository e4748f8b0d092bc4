package cl.conveniosomm.notificacion.plantilla;

/** The step in a deadline's reminder escalation (DESIGN.md, section 3). */
public enum TipoRecordatorio {
  PREVIO, DIA, VENCIDO
}
