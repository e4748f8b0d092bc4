package cl.conveniosomm.system.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an upload to the app's endpoints that announces more bytes than the multipart limit,
 * before reading any of it: the client gets the Spanish 413 whole (with its length) instead of a
 * connection cut while it is still sending. Uploads without a length meet Spring's own limit.
 */
public class SolicitudDemasiadoGrandeFilter extends OncePerRequestFilter {

  private final long maximo;
  private final byte[] respuesta;

  public SolicitudDemasiadoGrandeFilter(long maximo, ObjectMapper json) throws IOException {
    this.maximo = maximo;
    this.respuesta =
        json.writeValueAsString(
                Map.of("error", "El archivo supera el máximo de 20 MB: no se guardó nada."))
            .getBytes(StandardCharsets.UTF_8);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() <= maximo) {
      chain.doFilter(request, response);
      return;
    }
    response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
    response.setContentType("application/json;charset=UTF-8");
    response.setContentLength(respuesta.length);
    response.setHeader("Connection", "close");
    response.getOutputStream().write(respuesta);
    response.flushBuffer();
  }
}
