package cl.conveniosomm.system.security;

import org.springframework.core.Ordered;

/** Order of the servlet filters this app adds in front of the engine and webapps. */
final class SecurityFilterOrder {

  /** The engine API guard runs before anything else sees the request. */
  static final int ENGINE_API_GUARD = Ordered.HIGHEST_PRECEDENCE + 10;

  /**
   * Right after the guard: a throttled login attempt reaches neither Spring Security nor the
   * engine.
   */
  static final int LOGIN_THROTTLE = Ordered.HIGHEST_PRECEDENCE + 20;

  /** After Spring Security (order -100), which only decides the app's own endpoints. */
  static final int ENGINE_REST_AUTHENTICATION = 0;

  private SecurityFilterOrder() {}
}
