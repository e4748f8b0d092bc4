package cl.conveniosomm.system.security;

import cl.conveniosomm.system.web.ErrorMotor;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Requests the engine must never see, refused before it parses them.
 * <ul>
 *   <li>Java-serialized variable values (the engine has the format off, but would answer 500):
 *       400.</li>
 *   <li>Deployments whose resources carry a DOCTYPE (XXE): 400. The engine's parser refuses DTDs
 *       anyway, but answers 500.</li>
 *   <li>Object variables whose type is outside the packages the engine may deserialize: 400. The
 *       engine would store them and refuse them only when a step reads them, as an incident.</li>
 * </ul>
 * And the two published Camunda 7.24.0 CE vulnerabilities that have no CE fix:
 * <ul>
 *   <li>CVE-2026-77226: the Admin first-run setup endpoint can create an administrator. Admins are
 *       created by configuration here, so the endpoint answers 403 in every state.</li>
 *   <li>CVE-2026-109432: task queries evaluate {@code *Expression} fields inside {@code orQueries}.
 *       Any engine API request (REST or the webapps' engine API) that carries them is refused with
 *       400 before the engine parses it.</li>
 * </ul>
 */
public class EngineApiGuard extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(EngineApiGuard.class);
  private static final String OR_QUERIES = "orqueries";
  private static final String JAVA_SERIALIZATION = "application/x-java-serialized-object";

  private final ObjectMapper objectMapper;
  private final Predicate<String> deserializableType;
  private final String setupPathPrefix;
  private final String restPathPrefix;
  private final String webappEnginePathPrefix;

  public EngineApiGuard(ObjectMapper objectMapper, Predicate<String> deserializableType, String webappPath,
      String restPath) {
    this.objectMapper = objectMapper;
    this.deserializableType = deserializableType;
    this.setupPathPrefix = normalize(webappPath + "/api/admin/setup");
    this.restPathPrefix = normalize(restPath);
    this.webappEnginePathPrefix = normalize(webappPath + "/api/engine");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = normalize(request.getRequestURI().substring(request.getContextPath().length()));
    if (startsWithSegment(path, setupPathPrefix)) {
      LOG.warn("Bloqueada llamada al endpoint de configuración inicial de Admin desde {}", request.getRemoteAddr());
      reject(response, HttpServletResponse.SC_FORBIDDEN, "AuthorizationException",
          "La configuración inicial de administradores está deshabilitada en este sistema.");
      return;
    }
    if (!startsWithSegment(path, restPathPrefix) && !startsWithSegment(path, webappEnginePathPrefix)) {
      chain.doFilter(request, response);
      return;
    }
    if (queryStringHasOrQueries(request)) {
      rejectOrQueries(request, response);
      return;
    }
    if (!hasBody(request)) {
      chain.doFilter(request, response);
      return;
    }
    CachedBodyRequest cached = new CachedBodyRequest(request);
    if (path.endsWith("/deployment/create") && containsDoctype(cached.body())) {
      LOG.warn("Rechazado despliegue con DOCTYPE desde {}", request.getRemoteAddr());
      reject(response, HttpServletResponse.SC_BAD_REQUEST, "InvalidRequestException",
          "Los modelos no pueden declarar un DOCTYPE: quítelo y despliegue de nuevo.");
      return;
    }
    JsonNode body = readJson(cached.body());
    if (containsOrQueryExpression(body, false)) {
      rejectOrQueries(request, response);
      return;
    }
    if (containsJavaSerializedValue(body)) {
      LOG.warn("Rechazada variable serializada con Java: {} {} desde {}",
          request.getMethod(), request.getRequestURI(), request.getRemoteAddr());
      reject(response, HttpServletResponse.SC_BAD_REQUEST, "InvalidRequestException",
          "No se admiten variables serializadas con Java: envíe los datos como JSON.");
      return;
    }
    String refusedType = typeNotAllowed(body);
    if (refusedType != null) {
      LOG.warn("Rechazada variable de tipo no permitido {}: {} {} desde {}", refusedType,
          request.getMethod(), request.getRequestURI(), request.getRemoteAddr());
      reject(response, HttpServletResponse.SC_BAD_REQUEST, "InvalidRequestException",
          "No se admiten variables del tipo «" + refusedType + "»: envíe los datos como texto o JSON simple.");
      return;
    }
    chain.doFilter(cached, response);
  }

  /** The first class named by an Object variable's type that the engine may not deserialize, or null. */
  private String typeNotAllowed(JsonNode body) {
    if (body == null) {
      return null;
    }
    for (JsonNode typeName : body.findValues("objectTypeName")) {
      for (String className : typeName.asText().split("[<>,\\[\\]\\s]+")) {
        if (!className.isEmpty() && !deserializableType.test(className)) {
          return className;
        }
      }
    }
    return null;
  }

  private boolean hasBody(HttpServletRequest request) {
    String method = request.getMethod();
    return "POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method);
  }

  private boolean queryStringHasOrQueries(HttpServletRequest request) {
    String query = request.getQueryString();
    return query != null
        && URLDecoder.decode(query, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT).contains(OR_QUERIES);
  }

  /** The body as JSON, or null when it is not JSON (the engine rejects that itself). */
  private JsonNode readJson(byte[] body) {
    if (body.length == 0) {
      return null;
    }
    try {
      return objectMapper.readTree(body);
    } catch (IOException notJson) {
      return null;
    }
  }

  private static boolean containsDoctype(byte[] body) {
    return new String(body, StandardCharsets.ISO_8859_1).toUpperCase(Locale.ROOT).contains("<!DOCTYPE");
  }

  private static boolean containsJavaSerializedValue(JsonNode body) {
    return body != null && body.findValues("serializationDataFormat").stream()
        .anyMatch(format -> JAVA_SERIALIZATION.equalsIgnoreCase(format.asText().trim()));
  }

  private boolean containsOrQueryExpression(JsonNode node, boolean insideOrQueries) {
    if (node == null) {
      return false;
    }
    if (node.isArray()) {
      for (JsonNode element : node) {
        if (containsOrQueryExpression(element, insideOrQueries)) {
          return true;
        }
      }
      return false;
    }
    if (!node.isObject()) {
      return false;
    }
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String name = field.getKey().toLowerCase(Locale.ROOT);
      if (insideOrQueries && name.endsWith("expression")) {
        return true;
      }
      if (containsOrQueryExpression(field.getValue(), insideOrQueries || name.equals(OR_QUERIES))) {
        return true;
      }
    }
    return false;
  }

  private void rejectOrQueries(HttpServletRequest request, HttpServletResponse response) throws IOException {
    LOG.warn("Rechazada consulta con expresiones en orQueries: {} {} desde {}",
        request.getMethod(), request.getRequestURI(), request.getRemoteAddr());
    reject(response, HttpServletResponse.SC_BAD_REQUEST, "InvalidRequestException",
        "Las consultas con 'orQueries' no admiten campos de expresión (…Expression).");
  }

  private void reject(HttpServletResponse response, int status, String type, String message) throws IOException {
    ErrorMotor.escribir(response, objectMapper, status, type, message);
  }

  /** Lower-cases, drops path parameters (;jsessionid=…) and collapses repeated slashes. */
  static String normalize(String path) {
    String withoutParameters = path.replaceAll(";[^/]*", "");
    return withoutParameters.replaceAll("/{2,}", "/").toLowerCase(Locale.ROOT);
  }

  private static boolean startsWithSegment(String path, String prefix) {
    return path.equals(prefix) || path.startsWith(prefix + "/");
  }
}
