package cl.conveniosomm.system.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /error} is where the server renders its errors, not an address: asked for directly (not as
 * an error dispatch, which this filter never sees) it answers like any unknown address.
 */
public class PaginaDeErrorFilter extends OncePerRequestFilter {

  private final ObjectMapper json;

  public PaginaDeErrorFilter(ObjectMapper json) {
    this.json = json;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException {
    response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getWriter(), Map.of("error", ApiErrores.DIRECCION_DESCONOCIDA));
  }
}
