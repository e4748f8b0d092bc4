package cl.conveniosomm.municipio;

/** An onboarding request that cannot be carried out; its message says why, in Spanish. */
public class IncorporacionInvalidaException extends IllegalArgumentException {

  public IncorporacionInvalidaException(String message) {
    super(message);
  }
}
