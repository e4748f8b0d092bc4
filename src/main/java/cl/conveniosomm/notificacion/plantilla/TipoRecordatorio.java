package cl.conveniosomm.notificacion.plantilla;

/** El peldaño de la escala de recordatorios de un plazo (DESIGN.md, sección 3). */
public enum TipoRecordatorio {
  PREVIO, DIA, VENCIDO
}
