package cl.conveniosomm.system.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The path a request reaches, as the servlet container routed it: percent-decoded, without path
 * parameters ({@code ;jsessionid=…}) or dot segments, repeated slashes collapsed, lower-cased.
 * Rules that look at a path look at this one, so no spelling (trailing slash aside, which callers
 * allow) reaches a servlet without meeting them.
 */
public final class RutaCanonica {

  private RutaCanonica() {}

  public static String de(HttpServletRequest request) {
    String servletPath = request.getServletPath();
    String pathInfo = request.getPathInfo();
    String path = (servletPath == null ? "" : servletPath) + (pathInfo == null ? "" : pathInfo);
    if (path.isEmpty()) {
      // before the container has chosen a servlet, e.g. in a filter of an error dispatch
      path = request.getRequestURI().substring(request.getContextPath().length());
    }
    return path.replaceAll(";[^/]*", "").replaceAll("/{2,}", "/").toLowerCase(Locale.ROOT);
  }

  /** Letters, digits and {@code -._~}, which RFC 3986 says are never percent-encoded, encoded. */
  private static final Pattern SIN_NECESIDAD =
      Pattern.compile("%(?:[46][1-9a-fA-F]|[57][0-9aA]|3[0-9]|2[dDeE]|5[fF]|7[eE])");

  /** Whether the request's path percent-encodes a character that needs no encoding. */
  public static boolean codificadaSinNecesidad(HttpServletRequest request) {
    return SIN_NECESIDAD.matcher(request.getRequestURI()).find();
  }

  /** Whether {@code path} is {@code prefix} or lies under it. */
  public static boolean bajo(String path, String prefix) {
    return path.equals(prefix) || path.startsWith(prefix + "/");
  }
}
