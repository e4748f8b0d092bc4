package cl.conveniosomm.decreto;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Días hábiles each approval task has: {@code omm.aprobacion.dias-por-paso} (default 5), or a
 * task's own {@code omm.aprobacion.dias.Task_FirmarDecreto=3}.
 */
@ConfigurationProperties("omm.aprobacion")
public record AprobacionProperties(Integer diasPorPaso, Map<String, Integer> dias) {

  public AprobacionProperties {
    diasPorPaso = diasPorPaso == null ? 5 : diasPorPaso;
    dias = dias == null ? Map.of() : Map.copyOf(dias);
    if (diasPorPaso < 1 || dias.values().stream().anyMatch(d -> d == null || d < 1)) {
      throw new cl.conveniosomm.system.config.InvalidSettingsException(
          java.util.List.of(
              "omm.aprobacion: los plazos de cada paso deben ser de al menos 1 día hábil"));
    }
  }

  public int dias(String tarea) {
    return dias.getOrDefault(tarea, diasPorPaso);
  }
}
