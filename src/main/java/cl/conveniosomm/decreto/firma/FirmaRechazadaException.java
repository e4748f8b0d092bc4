package cl.conveniosomm.decreto.firma;

/** The decreto could not be signed; the message says why, in Spanish, and that nothing changed. */
public class FirmaRechazadaException extends RuntimeException {

  public FirmaRechazadaException(String mensaje) {
    super(mensaje);
  }

  public FirmaRechazadaException(String mensaje, Throwable causa) {
    super(mensaje, causa);
  }
}
