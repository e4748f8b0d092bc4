package cl.conveniosomm.plazo.calendario;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where a holiday applies, as CUT codes: the region is the first 2 digits of the comuna code, the
 * province the first 3. With no regions, provinces or comunas, the holiday is national.
 */
record AlcanceTerritorial(Set<String> regiones, Set<String> provincias, Set<String> comunas) {

  static final AlcanceTerritorial NACIONAL = new AlcanceTerritorial(Set.of(), Set.of(), Set.of());

  private static final Pattern REGION = Pattern.compile("\\d{2}");
  private static final Pattern PROVINCIA = Pattern.compile("\\d{3}");
  private static final Pattern COMUNA = Pattern.compile("\\d{5}");

  AlcanceTerritorial {
    regiones = Set.copyOf(regiones);
    provincias = Set.copyOf(provincias);
    comunas = Set.copyOf(comunas);
  }

  static AlcanceTerritorial regiones(String... codigos) {
    return new AlcanceTerritorial(Set.of(codigos), Set.of(), Set.of());
  }

  static AlcanceTerritorial comunas(String... codigos) {
    return new AlcanceTerritorial(Set.of(), Set.of(), Set.of(codigos));
  }

  boolean esNacional() {
    return regiones.isEmpty() && provincias.isEmpty() && comunas.isEmpty();
  }

  /** A regional holiday does not apply when no comuna is given; then only national ones count. */
  boolean rigeEn(String comuna) {
    if (esNacional()) {
      return true;
    }
    if (comuna == null) {
      return false;
    }
    return comunas.contains(comuna)
        || provincias.contains(comuna.substring(0, 3))
        || regiones.contains(comuna.substring(0, 2));
  }

  /**
   * Parses the scope from the holidays file: {@code nacional}, or parts separated by {@code |} such
   * as {@code regiones:04;05}, {@code provincias:102} and {@code comunas:16101;16103}.
   */
  static AlcanceTerritorial desdeTexto(String texto) {
    if (texto.isBlank() || texto.strip().equals("nacional")) {
      return NACIONAL;
    }
    Set<String> regiones = new HashSet<>();
    Set<String> provincias = new HashSet<>();
    Set<String> comunas = new HashSet<>();
    for (String parte : texto.strip().split("\\|")) {
      String[] tipoYCodigos = parte.strip().split(":", 2);
      if (tipoYCodigos.length != 2) {
        throw alcanceInvalido(texto);
      }
      switch (tipoYCodigos[0].strip()) {
        case "regiones" -> agregarCodigos(regiones, tipoYCodigos[1], REGION, texto);
        case "provincias" -> agregarCodigos(provincias, tipoYCodigos[1], PROVINCIA, texto);
        case "comunas" -> agregarCodigos(comunas, tipoYCodigos[1], COMUNA, texto);
        default -> throw alcanceInvalido(texto);
      }
    }
    return new AlcanceTerritorial(regiones, provincias, comunas);
  }

  private static void agregarCodigos(
      Set<String> destino, String lista, Pattern formato, String texto) {
    for (String codigo : lista.split(";")) {
      String limpio = codigo.strip();
      if (!formato.matcher(limpio).matches()) {
        throw alcanceInvalido(texto);
      }
      destino.add(limpio);
    }
  }

  private static IllegalArgumentException alcanceInvalido(String texto) {
    return new IllegalArgumentException(
        "Alcance territorial no válido: «"
            + texto
            + "». Use «nacional» o partes como «regiones:04», «provincias:102» o «comunas:16101;16103» separadas por «|».");
  }
}
