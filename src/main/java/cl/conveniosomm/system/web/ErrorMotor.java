package cl.conveniosomm.system.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * An error in the engine API's own shape ({@code type}, {@code message}), which Tasklist shows as
 * it is.
 */
public final class ErrorMotor {

  private ErrorMotor() {}

  public static void escribir(
      HttpServletResponse response, ObjectMapper json, int status, String tipo, String mensaje)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getWriter(), Map.of("type", tipo, "message", mensaje));
  }
}
