package cl.conveniosomm.bench;

import java.util.Locale;

/**
 * One measured figure: the app's value, the baseline's measured in the same run, their ratio (app /
 * baseline) and the target it is judged against.
 */
record Figura(
    String id,
    String nombre,
    String unidad,
    double app,
    double base,
    String objetivo,
    boolean cumple,
    String nota) {

  double razon() {
    return base == 0 ? Double.NaN : app / base;
  }

  String json() {
    return String.format(
        Locale.ROOT,
        "{\"id\":\"%s\",\"figura\":\"%s\",\"unidad\":\"%s\",\"app\":%.3f,\"base\":%.3f,\"razon\":%.3f,"
            + "\"objetivo\":\"%s\",\"cumple\":%s,\"nota\":\"%s\"}",
        id,
        esc(nombre),
        esc(unidad),
        app,
        base,
        razon(),
        esc(objetivo),
        cumple,
        esc(nota));
  }

  private static String esc(String texto) {
    return texto == null ? "" : texto.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
