package cl.conveniosomm.municipio.catalogo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Where each of SERNAMEG's Direcciones Regionales acts, from {@value #RECURSO}: a deadline SERNAMEG
 * must meet counts the holidays of its office's comuna, not those of the municipality it reviews.
 */
@Component
public class SedesSernameg {

  static final String RECURSO = "catalogo/sedes-sernameg.csv";

  private final CatalogoComunas comunas;
  private final Map<String, String> sedePorRegion = new HashMap<>();

  public SedesSernameg(CatalogoComunas comunas) {
    this.comunas = comunas;
    try (InputStream in = SedesSernameg.class.getClassLoader().getResourceAsStream(RECURSO)) {
      new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(
              linea ->
                  !linea.isBlank() && !linea.startsWith("#") && !linea.startsWith("region_codigo"))
          .forEach(this::leer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    comunas.regiones().stream()
        .filter(region -> !sedePorRegion.containsKey(region.codigo()))
        .findFirst()
        .ifPresent(
            region -> {
              throw new IllegalStateException(
                  RECURSO + ": falta la sede de la región " + region.codigo());
            });
  }

  private void leer(String linea) {
    String[] campos = linea.split(",");
    Comuna sede =
        comunas
            .porCodigo(campos[1])
            .filter(comuna -> comuna.regionCodigo().equals(campos[0]))
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        RECURSO + ": la sede «" + linea + "» no es una comuna de su región"));
    sedePorRegion.put(campos[0], sede.codigo());
  }

  /**
   * The comuna of the Dirección Regional that covers {@code comunaCodigo}; null when the comuna is
   * unknown.
   */
  public String sedeDe(String comunaCodigo) {
    return comunas
        .porCodigo(comunaCodigo)
        .map(comuna -> sedePorRegion.get(comuna.regionCodigo()))
        .orElse(null);
  }
}
