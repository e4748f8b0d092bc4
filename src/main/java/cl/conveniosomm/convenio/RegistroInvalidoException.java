package cl.conveniosomm.convenio;

import java.util.List;

/** Why a convenio cannot be registered, in Spanish. */
public class RegistroInvalidoException extends RuntimeException {

  public RegistroInvalidoException(List<String> problemas) {
    super(String.join(" ", problemas));
  }
}
