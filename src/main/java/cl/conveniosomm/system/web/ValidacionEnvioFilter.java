package cl.conveniosomm.system.web;

import cl.conveniosomm.system.security.CachedBodyRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 400 with the Spanish problems when a person completes a task or starts a process from its
 * start form with bad data, through Tasklist (the webapps' engine API) or the REST API. The engine
 * would report the same problem from the task's or the start event's listener, but wrapped as a 500.
 */
public class ValidacionEnvioFilter extends OncePerRequestFilter {

  private static final String ENGINE_API = "^(?:/engine-rest(?:/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+)";
  private static final Pattern COMPLETAR = Pattern.compile(ENGINE_API + "/task/([^/]+)/(?:complete|submit-form)$");
  /** A process started from its start form, by key or by definition id ({@code key:version:uuid}). */
  private static final Pattern INICIAR = Pattern.compile(
      ENGINE_API + "/process-definition/(?:key/([^/:]+)(?:/tenant-id/[^/]+)?|([^/:]+):[^/]+)/(?:start|submit-form)$");

  private final ValidacionEnvio validacion;
  private final ObjectMapper json;

  public ValidacionEnvioFilter(ValidacionEnvio validacion, ObjectMapper json) {
    this.validacion = validacion;
    this.json = json;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = URLDecoder.decode(request.getRequestURI().substring(request.getContextPath().length()),
        StandardCharsets.UTF_8);
    Matcher completar = COMPLETAR.matcher(path);
    Matcher iniciar = INICIAR.matcher(path);
    if (!"POST".equals(request.getMethod()) || !(completar.matches() || iniciar.matches()) || !hasCredentials(request)) {
      chain.doFilter(request, response);
      return;
    }
    CachedBodyRequest cached = new CachedBodyRequest(request);
    JsonNode body = readJson(cached.body());
    List<String> problemas = completar.matches()
        ? validacion.problemas(completar.group(1), variables(body))
        : validacion.problemasAlIniciar(iniciar.group(1) != null ? iniciar.group(1) : iniciar.group(2),
            body.path("businessKey").isTextual() ? body.path("businessKey").asText() : null, variables(body));
    if (problemas.isEmpty()) {
      chain.doFilter(cached, response);
      return;
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getWriter(), Map.of("type", "InvalidRequestException",
        "message", String.join(" ", problemas)));
  }

  /** Unauthenticated calls go on to the engine, which answers 401 without looking at the task. */
  private static boolean hasCredentials(HttpServletRequest request) {
    return request.getHeader("Authorization") != null || request.getSession(false) != null;
  }

  /** The body as JSON; a missing node when it is not JSON (the engine answers malformed bodies itself). */
  private JsonNode readJson(byte[] body) {
    try {
      JsonNode node = json.readTree(body);
      return node == null ? MissingNode.getInstance() : node;
    } catch (IOException | RuntimeException notJson) {
      return MissingNode.getInstance();
    }
  }

  private static Map<String, Object> variables(JsonNode body) {
    Map<String, Object> variables = new HashMap<>();
    body.path("variables").fields().forEachRemaining(entry -> {
      JsonNode value = entry.getValue().path("value");
      variables.put(entry.getKey(), value.isNull() || value.isMissingNode() ? null
          : value.isValueNode() ? value.asText() : value.toString());
    });
    return variables;
  }
}
