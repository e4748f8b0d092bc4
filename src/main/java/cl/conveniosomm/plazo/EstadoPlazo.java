package cl.conveniosomm.plazo;

/** PENDIENTE, CUMPLIDO and CANCELADO are stored; VENCIDO is a PENDIENTE past its due date. */
public enum EstadoPlazo {
  PENDIENTE,
  VENCIDO,
  CUMPLIDO,
  CANCELADO
}
