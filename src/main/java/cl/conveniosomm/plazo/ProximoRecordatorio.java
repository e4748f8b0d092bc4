package cl.conveniosomm.plazo;

import java.time.Instant;

/**
 * The next reminder of a pending deadline: the ladder's step {@code numero}, due at {@code cuando}.
 * {@code intentos} and {@code error} tell operators that queuing it failed and when it is retried.
 */
public record ProximoRecordatorio(Instant cuando, int numero, int intentos, String error) {

  public static ProximoRecordatorio paso(Instant cuando, int numero) {
    return new ProximoRecordatorio(cuando, numero, 0, null);
  }
}
