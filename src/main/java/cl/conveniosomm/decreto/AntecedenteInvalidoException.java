package cl.conveniosomm.decreto;

import java.util.List;

/** What is wrong with the data a step submitted, in Spanish, one sentence per problem. */
public class AntecedenteInvalidoException extends RuntimeException {

  public AntecedenteInvalidoException(List<String> problemas) {
    super(String.join(" ", problemas));
  }
}
