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
 * The first line in front of the engine API (REST and the webapps' APIs): requests the engine must
 * never see, refused before it parses them. Any path that percent-encodes what needs no encoding
 * ({@code /%65ngine-rest}) is refused everywhere: servlets disagree on what it names. It fails
 * closed: a body it cannot read as the engine would ({@link CuerpoDeSolicitud}) is refused, never
 * let through.
 *
 * <ul>
 *   <li>Java-serialized variable values (the engine has the format off, but would answer 500): 400.
 *   <li>Deployments whose resources carry a DOCTYPE (XXE): 400. The engine's parser refuses DTDs
 *       anyway, but answers 500.
 *   <li>Object variables whose type is outside the packages the engine may deserialize: 400. The
 *       engine would store them and refuse them only when a step reads them, as an incident.
 * </ul>
 *
 * And the two published Camunda 7.24.0 CE vulnerabilities that have no CE fix:
 *
 * <ul>
 *   <li>CVE-2026-77226: the Admin first-run setup endpoint can create an administrator. Admins are
 *       created by configuration here, so the endpoint answers 403 in every state.
 *   <li>CVE-2026-109432: task queries evaluate {@code *Expression} fields inside {@code orQueries}.
 *       Requests that carry them are refused with 400 here; the engine itself evaluates no query
 *       expression outside a short allow-list ({@code ExpresionesDeConsultaPlugin}).
 * </ul>
 */
public class EngineApiGuard extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(EngineApiGuard.class);
  private static final String OR_QUERIES = "orqueries";
  private static final String JAVA_SERIALIZATION = "application/x-java-serialized-object";

  private final ObjectMapper objectMapper;
  private final CuerpoDeSolicitud cuerpos;
  private final Predicate<String> deserializableType;
  private final String setupPathPrefix;
  private final String restPathPrefix;
  private final String webappApiPathPrefix;

  public EngineApiGuard(
      ObjectMapper objectMapper,
      CuerpoDeSolicitud cuerpos,
      Predicate<String> deserializableType,
      String webappPath,
      String restPath) {
    this.objectMapper = objectMapper;
    this.cuerpos = cuerpos;
    this.deserializableType = deserializableType;
    this.setupPathPrefix = (webappPath + "/api/admin/setup").toLowerCase(Locale.ROOT);
    this.restPathPrefix = restPath.toLowerCase(Locale.ROOT);
    this.webappApiPathPrefix = (webappPath + "/api").toLowerCase(Locale.ROOT);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (RutaCanonica.codificadaSinNecesidad(request)) {
      reject(
          response,
          HttpServletResponse.SC_BAD_REQUEST,
          "InvalidRequestException",
          "La dirección trae letras o números codificados con %: escríbala sin codificarlos: no se hizo nada.");
      return;
    }
    String path = RutaCanonica.de(request);
    if (RutaCanonica.bajo(path, setupPathPrefix)) {
      LOG.warn(
          "Bloqueada llamada al endpoint de configuración inicial de Admin desde {}",
          request.getRemoteAddr());
      reject(
          response,
          HttpServletResponse.SC_FORBIDDEN,
          "AuthorizationException",
          "La configuración inicial de administradores está deshabilitada en este sistema.");
      return;
    }
    if (!RutaCanonica.bajo(path, restPathPrefix) && !RutaCanonica.bajo(path, webappApiPathPrefix)) {
      chain.doFilter(request, response);
      return;
    }
    if (queryStringHasOrQueries(request)) {
      rejectOrQueries(request, response);
      return;
    }
    CuerpoDeSolicitud.Lectura lectura = cuerpos.leer(request, path);
    if (lectura.rechazo() != null) {
      LOG.warn(
          "Rechazado cuerpo ilegible ({}): {} {} desde {}",
          lectura.rechazo().status(),
          request.getMethod(),
          request.getRequestURI(),
          request.getRemoteAddr());
      reject(
          response,
          lectura.rechazo().status(),
          "InvalidRequestException",
          lectura.rechazo().mensaje());
      return;
    }
    if (path.endsWith("/deployment/create")
        && lectura.solicitud() != null
        && containsDoctype(lectura.solicitud().body())) {
      LOG.warn("Rechazado despliegue con DOCTYPE desde {}", request.getRemoteAddr());
      reject(
          response,
          HttpServletResponse.SC_BAD_REQUEST,
          "InvalidRequestException",
          "Los modelos no pueden declarar un DOCTYPE: quítelo y despliegue de nuevo.");
      return;
    }
    JsonNode body = lectura.json();
    if (containsOrQueryExpression(body, false)) {
      rejectOrQueries(request, response);
      return;
    }
    if (containsJavaSerializedValue(body)) {
      LOG.warn(
          "Rechazada variable serializada con Java: {} {} desde {}",
          request.getMethod(),
          request.getRequestURI(),
          request.getRemoteAddr());
      reject(
          response,
          HttpServletResponse.SC_BAD_REQUEST,
          "InvalidRequestException",
          "No se admiten variables serializadas con Java: envíe los datos como JSON.");
      return;
    }
    String refusedType = typeNotAllowed(body);
    if (refusedType != null) {
      LOG.warn(
          "Rechazada variable de tipo no permitido {}: {} {} desde {}",
          refusedType,
          request.getMethod(),
          request.getRequestURI(),
          request.getRemoteAddr());
      reject(
          response,
          HttpServletResponse.SC_BAD_REQUEST,
          "InvalidRequestException",
          "No se admiten variables del tipo «"
              + refusedType
              + "»: envíe los datos como texto o JSON simple.");
      return;
    }
    chain.doFilter(lectura.solicitud() == null ? request : lectura.solicitud(), response);
  }

  /**
   * The first class named by an Object variable's type that the engine may not deserialize, or
   * null.
   */
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

  private boolean queryStringHasOrQueries(HttpServletRequest request) {
    String query = request.getQueryString();
    if (query == null) {
      return false;
    }
    try {
      return URLDecoder.decode(query, StandardCharsets.UTF_8)
          .toLowerCase(Locale.ROOT)
          .contains(OR_QUERIES);
    } catch (IllegalArgumentException malformed) {
      // a query string that cannot be decoded is refused like one that carries orQueries
      return true;
    }
  }

  private static boolean containsDoctype(byte[] body) {
    return new String(body, StandardCharsets.ISO_8859_1)
        .toUpperCase(Locale.ROOT)
        .contains("<!DOCTYPE");
  }

  private static boolean containsJavaSerializedValue(JsonNode body) {
    return body != null
        && body.findValues("serializationDataFormat").stream()
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

  private void rejectOrQueries(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    LOG.warn(
        "Rechazada consulta con expresiones en orQueries: {} {} desde {}",
        request.getMethod(),
        request.getRequestURI(),
        request.getRemoteAddr());
    reject(
        response,
        HttpServletResponse.SC_BAD_REQUEST,
        "InvalidRequestException",
        "Las consultas con 'orQueries' no admiten campos de expresión (…Expression).");
  }

  private void reject(HttpServletResponse response, int status, String type, String message)
      throws IOException {
    ErrorMotor.escribir(response, objectMapper, status, type, message);
  }
}
