package cl.conveniosomm.notificacion.plantilla;

import java.time.LocalDate;

/**
 * What a deadline reminder needs. {@code uid} identifies the obligation stably (the .ics UID);
 * {@code diasHabiles} is the business days remaining (PREVIO), 0 (DIA) or the business days overdue
 * (VENCIDO).
 */
public record DatosRecordatorio(
    String uid,
    String convenioId,
    String comuna,
    String obligacion,
    LocalDate vence,
    TipoRecordatorio tipo,
    int diasHabiles,
    boolean escalado,
    String enlace) {

  public DatosRecordatorio {
    Requerido.texto(uid, "uid");
    Requerido.texto(convenioId, "convenioId");
    Requerido.texto(comuna, "comuna");
    Requerido.texto(obligacion, "obligacion");
    Requerido.valor(vence, "vence");
    Requerido.valor(tipo, "tipo");
    Requerido.enlace(enlace);
    if (tipo == TipoRecordatorio.DIA && diasHabiles != 0) {
      throw new IllegalArgumentException(
          "Un recordatorio del día del vencimiento debe tener 0 días hábiles; se recibió "
              + diasHabiles
              + ".");
    }
    if (tipo != TipoRecordatorio.DIA && diasHabiles < 1) {
      throw new IllegalArgumentException(
          "Un recordatorio "
              + (tipo == TipoRecordatorio.PREVIO ? "previo" : "vencido")
              + " debe tener al menos 1 día hábil; se recibió "
              + diasHabiles
              + ".");
    }
  }
}
