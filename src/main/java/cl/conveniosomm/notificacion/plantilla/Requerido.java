package cl.conveniosomm.notificacion.plantilla;

import java.net.URI;
import java.net.URISyntaxException;

/** Argument validation with Spanish messages. */
final class Requerido {

  private Requerido() {}

  static <T> T valor(T valor, String campo) {
    if (valor == null) {
      throw new IllegalArgumentException("El campo «" + campo + "» es obligatorio.");
    }
    return valor;
  }

  static String texto(String valor, String campo) {
    if (valor == null || valor.isBlank()) {
      throw new IllegalArgumentException(
          "El campo «" + campo + "» es obligatorio y no puede estar vacío.");
    }
    return valor;
  }

  /**
   * Only absolute http(s) URLs: the link goes into an href, where a {@code javascript:} URL would
   * be dangerous.
   */
  static String enlace(String valor) {
    texto(valor, "enlace");
    try {
      URI uri = new URI(valor.strip());
      String esquema = uri.getScheme();
      if (uri.isAbsolute()
          && uri.getHost() != null
          && ("https".equalsIgnoreCase(esquema) || "http".equalsIgnoreCase(esquema))) {
        return valor;
      }
    } catch (URISyntaxException e) {
      // falls through to the error below
    }
    throw new IllegalArgumentException(
        "El enlace debe ser una URL absoluta http o https; se recibió «" + valor + "».");
  }
}
