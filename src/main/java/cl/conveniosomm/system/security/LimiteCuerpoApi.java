package cl.conveniosomm.system.security;

import cl.conveniosomm.system.web.ErrorRespuesta;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The app's own API ({@code /api/**}) reads a body of at most {@code omm.seguridad.cuerpo-maximo},
 * as the engine's APIs do; a larger one is refused with 413 in Spanish before anything reads it.
 * Files (multipart) keep the upload limit, which Spring applies as it streams them to disk; the
 * JSON parser refuses what is not JSON.
 */
class LimiteCuerpoApi extends OncePerRequestFilter {

  private final ObjectMapper json;
  private final int maximo;

  LimiteCuerpoApi(ObjectMapper json, DataSize maximo) {
    this.json = json;
    this.maximo = Math.toIntExact(maximo.toBytes());
  }

  /** Only JSON bodies: a form's fields are read by the container from the stream itself. */
  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String contentType = request.getContentType();
    return !RutaCanonica.bajo(RutaCanonica.de(request), "/api")
        || contentType == null
        || !contentType.toLowerCase(Locale.ROOT).contains("json");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() > maximo) {
      rechazar(response);
      return;
    }
    CachedBodyRequest leida = new CachedBodyRequest(request, maximo);
    if (leida.truncated()) {
      rechazar(response);
      return;
    }
    chain.doFilter(leida, response);
  }

  private void rechazar(HttpServletResponse response) throws IOException {
    response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    json.writeValue(
        response.getWriter(),
        new ErrorRespuesta(
            "La solicitud supera el máximo de "
                + DataSize.ofBytes(maximo).toKilobytes()
                + " KB: no se hizo nada."));
  }
}
