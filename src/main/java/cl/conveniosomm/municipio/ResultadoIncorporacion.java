package cl.conveniosomm.municipio;

import java.util.List;

/**
 * What onboarding changed; an empty list of cambios means the municipality was already as asked.
 */
public record ResultadoIncorporacion(
    String comuna, String nombre, String region, List<String> cambios) {}
