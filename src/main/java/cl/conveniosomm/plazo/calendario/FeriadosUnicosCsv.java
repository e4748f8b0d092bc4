package cl.conveniosomm.plazo.calendario;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the single-year holidays file (UTF-8 CSV, with double quotes for fields containing commas;
 * lines starting with {@code #} are comments). Columns: fecha, nombre, fundamento_legal, alcance.
 */
final class FeriadosUnicosCsv {

  static final String ENCABEZADO = "fecha,nombre,fundamento_legal,alcance";

  private FeriadosUnicosCsv() {}

  static List<FeriadoTerritorial> leerRecurso(String ruta) {
    InputStream entrada = FeriadosUnicosCsv.class.getClassLoader().getResourceAsStream(ruta);
    if (entrada == null) {
      throw new IllegalStateException(
          "No se encontró el archivo de feriados «" + ruta + "» en el classpath.");
    }
    try (Reader lector = new InputStreamReader(entrada, StandardCharsets.UTF_8)) {
      return leer(lector, ruta);
    } catch (IOException e) {
      throw new UncheckedIOException("No se pudo leer el archivo de feriados «" + ruta + "».", e);
    }
  }

  static List<FeriadoTerritorial> leer(Reader lector, String origen) throws IOException {
    List<FeriadoTerritorial> feriados = new ArrayList<>();
    BufferedReader lineas = new BufferedReader(lector);
    boolean encabezadoLeido = false;
    int numero = 0;
    for (String linea = lineas.readLine(); linea != null; linea = lineas.readLine()) {
      numero++;
      String limpia = linea.strip();
      if (limpia.isEmpty() || limpia.startsWith("#")) {
        continue;
      }
      if (!encabezadoLeido) {
        if (!limpia.equals(ENCABEZADO)) {
          throw error(origen, numero, "se esperaba el encabezado «" + ENCABEZADO + "»");
        }
        encabezadoLeido = true;
        continue;
      }
      feriados.add(feriado(separarCampos(limpia, origen, numero), origen, numero));
    }
    return feriados;
  }

  private static FeriadoTerritorial feriado(List<String> campos, String origen, int numero) {
    if (campos.size() != 4) {
      throw error(origen, numero, "se esperaban 4 columnas y hay " + campos.size());
    }
    LocalDate fecha;
    try {
      fecha = LocalDate.parse(campos.get(0));
    } catch (DateTimeParseException e) {
      throw error(
          origen, numero, "la fecha «" + campos.get(0) + "» no tiene el formato AAAA-MM-DD");
    }
    String nombre = campos.get(1);
    String fundamentoLegal = campos.get(2);
    if (nombre.isBlank() || fundamentoLegal.isBlank()) {
      throw error(origen, numero, "el nombre y el fundamento legal son obligatorios");
    }
    try {
      return new FeriadoTerritorial(
          fecha, nombre, fundamentoLegal, AlcanceTerritorial.desdeTexto(campos.get(3)));
    } catch (IllegalArgumentException e) {
      throw error(origen, numero, e.getMessage());
    }
  }

  private static List<String> separarCampos(String linea, String origen, int numero) {
    List<String> campos = new ArrayList<>();
    StringBuilder actual = new StringBuilder();
    boolean entreComillas = false;
    for (int i = 0; i < linea.length(); i++) {
      char c = linea.charAt(i);
      if (entreComillas) {
        if (c == '"' && i + 1 < linea.length() && linea.charAt(i + 1) == '"') {
          actual.append('"');
          i++;
        } else if (c == '"') {
          entreComillas = false;
        } else {
          actual.append(c);
        }
      } else if (c == '"') {
        entreComillas = true;
      } else if (c == ',') {
        campos.add(actual.toString().strip());
        actual.setLength(0);
      } else {
        actual.append(c);
      }
    }
    if (entreComillas) {
      throw error(origen, numero, "hay comillas sin cerrar");
    }
    campos.add(actual.toString().strip());
    return campos;
  }

  private static IllegalStateException error(String origen, int numero, String detalle) {
    return new IllegalStateException(
        "Archivo de feriados «" + origen + "», línea " + numero + ": " + detalle + ".");
  }
}
