package cl.conveniosomm.system.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Turns engine API errors into what they are:
 * <ul>
 *   <li>a request the app's listeners refused (an invalid registration, a comuna that is not hers):
 *       400 with the Spanish reason;</li>
 *   <li>a task, instance or other record that does not exist, or of a municipality she does not
 *       belong to (Camunda's tenant check): one 404, saying nothing of the record, the same for
 *       both.</li>
 * </ul>
 */
public class RespuestasMotorFilter extends OncePerRequestFilter {

  /** The engine's answer to a conditional start when no model has a conditional start event. */
  private static final String SIN_INICIO_POR_CONDICION = "ENGINE-13043";

  /**
   * How the engine says a record is not there, or belongs to another municipality (its tenant check):
   * in as many shapes and statuses (400, 404, 500) as it has commands. All of them answer one 404.
   */
  private static final Pattern NO_ESTA = Pattern.compile("belongs to no authenticated tenant|Cannot find task with id"
      + "|does not exist|No process instance found|\\\"type\\\":\\\"(?:NotFoundException|NullValueException)\\\"|not found for id");

  private final ObjectMapper json;

  public RespuestasMotorFilter(ObjectMapper json) {
    this.json = json;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper cached = new ContentCachingResponseWrapper(response);
    RechazoSolicitud.tomar();
    try {
      chain.doFilter(request, cached);
    } finally {
      Optional<RechazoSolicitud.Motivo> rechazo = RechazoSolicitud.tomar();
      int status = cached.getStatus();
      if (status >= 400 && rechazo.isPresent()) {
        reemplazar(cached, rechazo.get().status(),
            rechazo.get().status() == 403 ? "AuthorizationException" : "InvalidRequestException", rechazo.get().texto());
      } else if (status == HttpServletResponse.SC_INTERNAL_SERVER_ERROR
          && new String(cached.getContentAsByteArray(), StandardCharsets.UTF_8).contains(SIN_INICIO_POR_CONDICION)) {
        reemplazar(cached, HttpServletResponse.SC_BAD_REQUEST, "InvalidRequestException",
            "Ningún modelo de Convenios OMM se inicia por condiciones: no se inició nada.");
      } else if (status >= 400
          && NO_ESTA.matcher(new String(cached.getContentAsByteArray(), StandardCharsets.UTF_8)).find()) {
        reemplazar(cached, HttpServletResponse.SC_NOT_FOUND, "RestException",
            "No existe lo que busca, o su usuario no tiene acceso a ello.");
      }
      cached.copyBodyToResponse();
    }
  }

  private void reemplazar(ContentCachingResponseWrapper response, int status, String tipo, String mensaje)
      throws IOException {
    response.resetBuffer();
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.getOutputStream().write(json.writeValueAsBytes(Map.of("type", tipo, "message", mensaje)));
  }
}
