package cl.conveniosomm.system.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.digest._apacheCommonsCodec.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.www.BasicAuthenticationConverter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers the login throttle on every way in: the Camunda webapps' login form, HTTP Basic on the
 * engine REST API and on the app's endpoints. The counting happens where the password is checked
 * ({@link ThrottledIdentityProvider}), for the client address this filter binds to the request
 * ({@code getRemoteAddr()}: behind a proxy, only what Tomcat's configured remote-IP handling makes
 * of {@code X-Forwarded-For}). A login attempt already refused for its user or address answers 429
 * in Spanish without reaching the engine; one the engine's check refused answers the same. Refusals
 * are logged.
 */
public class LoginThrottleFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(LoginThrottleFilter.class);
  private static final Pattern WEBAPP_LOGIN =
      Pattern.compile("/api/admin/auth/user/[^/]+/login/[^/]+/?");

  /** Camunda's HttpBasicAuthenticationProvider matches this prefix exactly. */
  private static final String CAMUNDA_BASIC = "Basic ";

  private final LoginThrottle throttle;
  private final ObjectMapper json;
  private final String webappPath;
  private final BasicAuthenticationConverter springBasic = new BasicAuthenticationConverter();

  public LoginThrottleFilter(LoginThrottle throttle, ObjectMapper json, String webappPath) {
    this.throttle = throttle;
    this.json = json;
    this.webappPath = webappPath;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpServletRequest forward = request;
    boolean login = request.getHeader("Authorization") != null;
    Set<String> users = basicUsers(request);
    if (isWebappLogin(request)) {
      login = true;
      CachedBodyRequest cached = new CachedBodyRequest(request);
      forward = cached;
      String user = formField(new String(cached.body(), StandardCharsets.UTF_8), "username");
      if (user != null) {
        users.add(user);
      }
    }
    String address = request.getRemoteAddr();
    if (login) {
      Duration addressWait = throttle.lockedFor(address);
      if (!addressWait.isZero()) {
        refuse(
            request,
            response,
            users.isEmpty() ? "-" : String.join(", ", users),
            address,
            addressWait,
            true);
        return;
      }
      for (String user : users) {
        Duration wait = throttle.lockedFor(user, address);
        if (!wait.isZero()) {
          refuse(request, response, user, address, wait, false);
          return;
        }
      }
    }
    LoginAttempt attempt = LoginAttempt.begin(address);
    try {
      chain.doFilter(forward, response);
    } finally {
      attempt.end();
    }
    if (attempt.wasRefused()) {
      if (response.isCommitted()) {
        LOG.warn(
            "Inicio de sesión bloqueado por intentos fallidos: usuario «{}» desde {} ({} {}); "
                + "respuesta ya enviada",
            attempt.refusedUser(),
            address,
            request.getMethod(),
            request.getRequestURI());
      } else {
        response.reset();
        refuse(
            request,
            response,
            attempt.refusedUser(),
            address,
            attempt.refusedFor(),
            !throttle.lockedFor(address).isZero());
      }
    }
  }

  private boolean isWebappLogin(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return "POST".equals(request.getMethod())
        && path.startsWith(webappPath)
        && WEBAPP_LOGIN.matcher(path.substring(webappPath.length())).matches();
  }

  /**
   * The user names an Authorization header logs in as: as Camunda reads it, and as Spring Security
   * does.
   */
  private Set<String> basicUsers(HttpServletRequest request) {
    Set<String> users = new LinkedHashSet<>();
    String header = request.getHeader("Authorization");
    if (header == null) {
      return users;
    }
    if (header.startsWith(CAMUNDA_BASIC)) {
      // the engine REST API: Camunda's own lenient Base64 (it skips what is not Base64) and charset
      String decoded = new String(Base64.decodeBase64(header.substring(CAMUNDA_BASIC.length())));
      int colon = decoded.indexOf(':');
      if (colon >= 0) {
        users.add(decoded.substring(0, colon));
      }
    }
    try {
      var token = springBasic.convert(request);
      if (token != null) {
        users.add(token.getName());
      }
    } catch (AuthenticationException malformed) {
      // Spring Security refuses it without checking a password
    }
    return users;
  }

  private static String formField(String form, String name) {
    try {
      for (String pair : form.split("&")) {
        int equals = pair.indexOf('=');
        if (equals > 0
            && URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8).equals(name)) {
          return URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
        }
      }
    } catch (IllegalArgumentException malformed) {
      // the webapp answers a malformed form itself
    }
    return null;
  }

  private void refuse(
      HttpServletRequest request,
      HttpServletResponse response,
      String user,
      String address,
      Duration wait,
      boolean byAddress)
      throws IOException {
    LOG.warn(
        "Inicio de sesión bloqueado por intentos fallidos: usuario «{}» desde {} ({} {}); se libera en {} s{}",
        user,
        address,
        request.getMethod(),
        request.getRequestURI(),
        wait.toSeconds(),
        byAddress ? " (demasiados fallidos desde esta dirección)" : "");
    long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
    response.setStatus(429);
    response.setHeader("Retry-After", Long.toString(Math.max(1, wait.toSeconds())));
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    json.writeValue(
        response.getWriter(),
        Map.of(
            "error",
            "Demasiados intentos fallidos de inicio de sesión "
                + (byAddress ? "desde su dirección de red" : "con este usuario")
                + ". Espere "
                + minutes
                + (minutes == 1 ? " minuto" : " minutos")
                + " e intente nuevamente."));
  }
}
