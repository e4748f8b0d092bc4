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
import java.util.Base64;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Throttles password guessing on every way in: the Camunda webapps' login form and HTTP Basic on the
 * engine REST API and the app's endpoints. A login attempt whose user has failed too often from this
 * address answers 429 in Spanish without reaching the engine, and the refusal is logged.
 */
public class LoginThrottleFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(LoginThrottleFilter.class);
  private static final Pattern WEBAPP_LOGIN = Pattern.compile("/api/admin/auth/user/[^/]+/login/[^/]+/?");

  private final LoginThrottle throttle;
  private final ObjectMapper json;
  private final String webappPath;

  public LoginThrottleFilter(LoginThrottle throttle, ObjectMapper json, String webappPath) {
    this.throttle = throttle;
    this.json = json;
    this.webappPath = webappPath;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpServletRequest forward = request;
    String user = basicUser(request);
    if (user == null && isWebappLogin(request)) {
      CachedBodyRequest cached = new CachedBodyRequest(request);
      forward = cached;
      user = formField(new String(cached.body(), StandardCharsets.UTF_8), "username");
    }
    if (user == null) {
      chain.doFilter(request, response);
      return;
    }
    String address = request.getRemoteAddr();
    Duration wait = throttle.lockedFor(user, address);
    if (!wait.isZero()) {
      LOG.warn("Inicio de sesión bloqueado por intentos fallidos: usuario «{}» desde {} ({} {}); se libera en {} s",
          user, address, request.getMethod(), request.getRequestURI(), wait.toSeconds());
      refuse(response, wait);
      return;
    }
    chain.doFilter(forward, response);
    if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
      int failures = throttle.failed(user, address);
      LOG.info("Inicio de sesión fallido: usuario «{}» desde {} ({} seguidos)", user, address, failures);
    } else if (response.getStatus() < 400) {
      throttle.succeeded(user, address);
    }
  }

  private boolean isWebappLogin(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return "POST".equals(request.getMethod()) && path.startsWith(webappPath)
        && WEBAPP_LOGIN.matcher(path.substring(webappPath.length())).matches();
  }

  private static String basicUser(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon < 0 ? decoded : decoded.substring(0, colon);
    } catch (IllegalArgumentException notBase64) {
      return null;
    }
  }

  private static String formField(String form, String name) {
    try {
      for (String pair : form.split("&")) {
        int equals = pair.indexOf('=');
        if (equals > 0 && URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8).equals(name)) {
          return URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
        }
      }
    } catch (IllegalArgumentException malformed) {
      // the webapp answers a malformed form itself
    }
    return null;
  }

  private void refuse(HttpServletResponse response, Duration wait) throws IOException {
    long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
    response.setStatus(429);
    response.setHeader("Retry-After", Long.toString(Math.max(1, wait.toSeconds())));
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getWriter(), Map.of("error", "Demasiados intentos fallidos de inicio de sesión con "
        + "este usuario. Espere " + minutes + (minutes == 1 ? " minuto" : " minutos") + " e intente nuevamente."));
  }
}
