package cl.conveniosomm.system.web;

import org.camunda.bpm.engine.IdentityService;
import cl.conveniosomm.system.security.CachedBodyRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 400 with the Spanish problems when a person completes a task with bad data, through
 * Tasklist (the webapps' engine API) or the REST API. The engine would report the same problem from
 * the task's listener, but wrapped as a 500.
 */
public class ValidacionEnvioFilter extends OncePerRequestFilter {

  private static final Pattern COMPLETAR = Pattern.compile(
      "^(?:/engine-rest(?:/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+)/task/([^/]+)/(?:complete|submit-form)$");

  private final ValidacionEnvio validacion;
  private final ObjectMapper json;
  private final IdentityService identityService;

  public ValidacionEnvioFilter(ValidacionEnvio validacion, ObjectMapper json, IdentityService identityService) {
    this.validacion = validacion;
    this.json = json;
    this.identityService = identityService;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Matcher completar = COMPLETAR.matcher(request.getRequestURI().substring(request.getContextPath().length()));
    if (!"POST".equals(request.getMethod()) || !completar.matches() || !AlcanceDelLlamador.tieneCredenciales(request)) {
      chain.doFilter(request, response);
      return;
    }
    CachedBodyRequest cached = new CachedBodyRequest(request);
    List<String> problemas = validacion.problemas(completar.group(1), variables(cached.body()),
        AlcanceDelLlamador.de(request, identityService));
    if (problemas.isEmpty()) {
      chain.doFilter(cached, response);
      return;
    }
    ErrorMotor.escribir(response, json, HttpServletResponse.SC_BAD_REQUEST, "InvalidRequestException",
        String.join(" ", problemas));
  }

  private Map<String, Object> variables(byte[] body) {
    Map<String, Object> variables = new HashMap<>();
    try {
      JsonNode node = json.readTree(body).path("variables");
      node.fields().forEachRemaining(entry -> {
        JsonNode value = entry.getValue().path("value");
        // lists and objects stay JSON, so the form check can tell them from text
        variables.put(entry.getKey(), value.isNull() || value.isMissingNode() ? null
            : value.isValueNode() ? value.asText() : value);
      });
    } catch (IOException | RuntimeException notJson) {
      // the engine answers malformed bodies itself
    }
    return variables;
  }
}
