package cl.conveniosomm.system.security.oidc;

/** A bearer token the app does not accept, with the reason in Spanish. */
public class TokenRechazadoException extends RuntimeException {

  public TokenRechazadoException(String motivo) {
    super(motivo);
  }

  public TokenRechazadoException(String motivo, Throwable causa) {
    super(motivo, causa);
  }
}
