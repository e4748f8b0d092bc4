package cl.conveniosomm.notificacion.correo;

/**
 * PENDIENTE: to send; ENVIADO; RETENIDO: waits for the daily digest; AGRUPADO: sent in a digest.
 */
public enum EstadoMensaje {
  PENDIENTE,
  ENVIADO,
  RETENIDO,
  AGRUPADO
}
