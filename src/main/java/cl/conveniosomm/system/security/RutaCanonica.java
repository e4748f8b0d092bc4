package cl.conveniosomm.system.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * The path a request reaches, as the servlet container routed it: percent-decoded, without path
 * parameters ({@code ;jsessionid=…}) or dot segments, repeated slashes collapsed, lower-cased. Rules
 * that look at a path look at this one, so no spelling (trailing slash aside, which callers allow)
 * reaches a servlet without meeting them.
 */
public final class RutaCanonica {

  private RutaCanonica() {
  }

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

  /** Whether {@code path} is {@code prefix} or lies under it. */
  public static boolean bajo(String path, String prefix) {
    return path.equals(prefix) || path.startsWith(prefix + "/");
  }
}
