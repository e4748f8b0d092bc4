package cl.conveniosomm.system.config;

import java.util.List;

/**
 * Startup stops with this when the configuration is missing or wrong; each problem names its
 * variable.
 */
public class InvalidSettingsException extends RuntimeException {

  private final List<String> problems;

  public InvalidSettingsException(List<String> problems) {
    super("Configuración inválida: " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
