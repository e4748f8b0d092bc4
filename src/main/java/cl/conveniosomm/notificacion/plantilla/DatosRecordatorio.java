package cl.conveniosomm.notificacion.plantilla;

import java.time.LocalDate;

/**
 * Lo que necesita un recordatorio de plazo. {@code uid} identifica la obligación de forma estable (UID del .ics);
 * {@code diasHabiles} son los días hábiles que faltan (PREVIO), 0 (DIA) o los de atraso (VENCIDO).
 */
public record DatosRecordatorio(String uid, String convenioId, String comuna, String obligacion, LocalDate vence,
    TipoRecordatorio tipo, int diasHabiles, boolean escalado, String enlace) {

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
          "Un recordatorio del día del vencimiento debe tener 0 días hábiles; se recibió " + diasHabiles + ".");
    }
    if (tipo != TipoRecordatorio.DIA && diasHabiles < 1) {
      throw new IllegalArgumentException("Un recordatorio " + (tipo == TipoRecordatorio.PREVIO ? "previo" : "vencido")
          + " debe tener al menos 1 día hábil; se recibió " + diasHabiles + ".");
    }
  }
}
