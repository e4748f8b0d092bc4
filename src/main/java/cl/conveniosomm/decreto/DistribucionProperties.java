package cl.conveniosomm.decreto;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where each unit receives distributed decretos: {@code omm.distribucion.correos.DIDECO=...}
 * (environment: {@code OMM_DISTRIBUCION_CORREOS_DIDECO}).
 */
@ConfigurationProperties("omm.distribucion")
public record DistribucionProperties(Map<UnidadDistribucion, String> correos) {

  public DistribucionProperties {
    correos = correos == null ? Map.of() : Map.copyOf(correos);
  }
}
