package cl.conveniosomm.municipio;

import cl.conveniosomm.system.config.InvalidSettingsException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Onboards the municipalities listed in {@code omm.municipios.archivo} (a JSON array of {@link
 * SolicitudIncorporacion}) at every startup. Idempotent, so the file can stay in place and grow.
 */
@Component
public class ArchivoMunicipios {

  private static final Logger LOG = LoggerFactory.getLogger(ArchivoMunicipios.class);

  private final IncorporacionMunicipios incorporacion;
  private final ResourceLoader resources;
  private final ObjectMapper json;
  private final String archivo;

  public ArchivoMunicipios(
      IncorporacionMunicipios incorporacion,
      ResourceLoader resources,
      ObjectMapper json,
      @Value("${omm.municipios.archivo:}") String archivo) {
    this.incorporacion = incorporacion;
    this.resources = resources;
    this.json = json;
    this.archivo = archivo;
  }

  @Order(2)
  @EventListener(ApplicationReadyEvent.class)
  public void incorporar() {
    if (archivo.isBlank()) {
      return;
    }
    List<SolicitudIncorporacion> solicitudes = leer();
    long conCambios;
    try {
      conCambios =
          incorporacion.incorporarTodas(solicitudes).stream()
              .filter(resultado -> !resultado.cambios().isEmpty())
              .count();
    } catch (IncorporacionInvalidaException e) {
      throw new InvalidSettingsException(
          List.of(
              "OMM_MUNICIPIOS_ARCHIVO='"
                  + archivo
                  + "' no se aplicó y nada cambió. "
                  + e.getMessage()));
    }
    LOG.info(
        "Archivo de municipios {}: {} municipalidades, {} con cambios",
        archivo,
        solicitudes.size(),
        conCambios);
  }

  private List<SolicitudIncorporacion> leer() {
    Resource recurso = resources.getResource(archivo);
    try (InputStream in = recurso.getInputStream()) {
      return json.readValue(in, new TypeReference<>() {});
    } catch (IOException e) {
      throw new InvalidSettingsException(
          List.of(
              "OMM_MUNICIPIOS_ARCHIVO='"
                  + archivo
                  + "' no se pudo leer como lista JSON de municipalidades (nada cambió): "
                  + e.getMessage()));
    }
  }
}
