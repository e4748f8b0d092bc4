package cl.conveniosomm.municipio.catalogo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Catalogue of the comunas of Chile with their CUT codes, loaded once from {@value #RECURSO} (UTF-8
 * CSV with header {@value #ENCABEZADO}; blank lines and lines starting with {@code #} are ignored).
 * Names contain no commas, so fields are not quoted.
 */
@Component
public class CatalogoComunas {

  static final String RECURSO = "catalogo/comunas.csv";
  static final String ENCABEZADO = "codigo,nombre,region_codigo,region_nombre";

  private static final Pattern CODIGO_COMUNA = Pattern.compile("\\d{5}");
  private static final Pattern CODIGO_REGION = Pattern.compile("\\d{2}");

  private final Map<String, Comuna> porCodigo;
  private final List<Comuna> todas;
  private final Map<String, List<Comuna>> porRegion;
  private final List<Region> regiones;

  public CatalogoComunas() {
    this(leerRecurso(RECURSO));
  }

  CatalogoComunas(List<Comuna> comunas) {
    List<Comuna> ordenadas = new ArrayList<>(comunas);
    ordenadas.sort(Comparator.comparing(Comuna::codigo));
    this.todas = List.copyOf(ordenadas);

    Map<String, Comuna> indice = new HashMap<>();
    Map<String, List<Comuna>> agrupadas = new LinkedHashMap<>();
    Map<String, Region> regionesPorCodigo = new TreeMap<>();
    for (Comuna comuna : todas) {
      indice.put(comuna.codigo(), comuna);
      agrupadas.computeIfAbsent(comuna.regionCodigo(), codigo -> new ArrayList<>()).add(comuna);
      regionesPorCodigo.putIfAbsent(
          comuna.regionCodigo(), new Region(comuna.regionCodigo(), comuna.regionNombre()));
    }
    Map<String, List<Comuna>> inmutables = new HashMap<>();
    agrupadas.forEach((region, lista) -> inmutables.put(region, List.copyOf(lista)));
    this.porCodigo = Map.copyOf(indice);
    this.porRegion = Map.copyOf(inmutables);
    this.regiones = List.copyOf(regionesPorCodigo.values());
  }

  /** The comuna with that five-digit CUT code (surrounding spaces ignored), if any. */
  public Optional<Comuna> porCodigo(String codigo) {
    if (codigo == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(porCodigo.get(codigo.strip()));
  }

  /** All comunas, sorted by code. */
  public List<Comuna> todas() {
    return todas;
  }

  /**
   * The comunas of a región (two-digit code, e.g. {@code "04"}), sorted by code; empty if unknown.
   */
  public List<Comuna> deRegion(String regionCodigo) {
    if (regionCodigo == null) {
      return List.of();
    }
    return porRegion.getOrDefault(regionCodigo.strip(), List.of());
  }

  /** All regiones, sorted by code. */
  public List<Region> regiones() {
    return regiones;
  }

  static List<Comuna> leerRecurso(String ruta) {
    InputStream entrada = CatalogoComunas.class.getClassLoader().getResourceAsStream(ruta);
    if (entrada == null) {
      throw new IllegalStateException("Comunas file '" + ruta + "' not found on the classpath.");
    }
    try (Reader lector = new InputStreamReader(entrada, StandardCharsets.UTF_8)) {
      return leer(lector, ruta);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read comunas file '" + ruta + "'.", e);
    }
  }

  static List<Comuna> leer(Reader lector, String origen) throws IOException {
    List<Comuna> comunas = new ArrayList<>();
    Map<String, Integer> lineaPorCodigo = new HashMap<>();
    Map<String, String> nombrePorRegion = new HashMap<>();
    BufferedReader lineas = new BufferedReader(lector);
    boolean encabezadoLeido = false;
    int numero = 0;
    for (String linea = lineas.readLine(); linea != null; linea = lineas.readLine()) {
      numero++;
      String limpia = (numero == 1 ? sinBom(linea) : linea).strip();
      if (limpia.isEmpty() || limpia.startsWith("#")) {
        continue;
      }
      if (!encabezadoLeido) {
        if (!limpia.equals(ENCABEZADO)) {
          throw error(origen, numero, "expected header '" + ENCABEZADO + "'");
        }
        encabezadoLeido = true;
        continue;
      }
      Comuna comuna = comuna(limpia, origen, numero);
      Integer anterior = lineaPorCodigo.putIfAbsent(comuna.codigo(), numero);
      if (anterior != null) {
        throw error(
            origen,
            numero,
            "duplicate code " + comuna.codigo() + " (first seen on line " + anterior + ")");
      }
      String nombreRegion =
          nombrePorRegion.putIfAbsent(comuna.regionCodigo(), comuna.regionNombre());
      if (nombreRegion != null && !nombreRegion.equals(comuna.regionNombre())) {
        throw error(
            origen,
            numero,
            "region "
                + comuna.regionCodigo()
                + " is named '"
                + comuna.regionNombre()
                + "' but earlier lines call it '"
                + nombreRegion
                + "'");
      }
      comunas.add(comuna);
    }
    if (!encabezadoLeido) {
      throw new IllegalStateException(
          "Comunas file '" + origen + "' has no header '" + ENCABEZADO + "'.");
    }
    return comunas;
  }

  private static Comuna comuna(String linea, String origen, int numero) {
    String[] campos = linea.split(",", -1);
    if (campos.length != 4) {
      throw error(origen, numero, "expected 4 columns but found " + campos.length);
    }
    String codigo = campos[0].strip();
    String nombre = campos[1].strip();
    String regionCodigo = campos[2].strip();
    String regionNombre = campos[3].strip();
    if (!CODIGO_COMUNA.matcher(codigo).matches()) {
      throw error(origen, numero, "code '" + codigo + "' is not 5 digits");
    }
    if (!CODIGO_REGION.matcher(regionCodigo).matches()) {
      throw error(origen, numero, "region code '" + regionCodigo + "' is not 2 digits");
    }
    if (!codigo.startsWith(regionCodigo)) {
      throw error(
          origen,
          numero,
          "region code " + regionCodigo + " does not match the first two digits of code " + codigo);
    }
    if (nombre.isEmpty() || regionNombre.isEmpty()) {
      throw error(origen, numero, "comuna name and region name are required");
    }
    return new Comuna(codigo, nombre, regionCodigo, regionNombre);
  }

  private static String sinBom(String linea) {
    return linea.startsWith("\uFEFF") ? linea.substring(1) : linea;
  }

  private static IllegalStateException error(String origen, int numero, String detalle) {
    return new IllegalStateException(
        "Comunas file '" + origen + "', line " + numero + ": " + detalle + ".");
  }
}
