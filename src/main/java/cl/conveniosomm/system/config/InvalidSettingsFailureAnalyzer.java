package cl.conveniosomm.system.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints the configuration problems in Spanish instead of a stack trace. */
public class InvalidSettingsFailureAnalyzer
    extends AbstractFailureAnalyzer<InvalidSettingsException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, InvalidSettingsException cause) {
    String description =
        "Convenios OMM no puede iniciar: la configuración tiene problemas.\n  - "
            + String.join("\n  - ", cause.problems());
    String action =
        "Corrija las variables de entorno indicadas (ver la tabla \"Configuración\" del README) "
            + "o, para probar el sistema, inicie el perfil demo: ./mvnw spring-boot:run";
    return new FailureAnalysis(description, action, cause);
  }
}
