package cl.conveniosomm.system.security;

import cl.conveniosomm.proceso.Grupos;
import cl.conveniosomm.system.security.oidc.BearerOidcFilter;
import cl.conveniosomm.system.security.oidc.LectorDeTokens;
import cl.conveniosomm.system.security.oidc.TokenRechazadoException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.function.Predicate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.info.InfoEndpoint;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.session.NullAuthenticatedSessionStrategy;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.util.unit.DataSize;

/**
 * Who may reach what.
 *
 * <ul>
 *   <li>Camunda webapps and the engine REST API authenticate with their own filters (webapp login,
 *       HTTP Basic against the engine's identity service), so Spring Security lets them through; on
 *       the REST API it adds the security headers the webapps add themselves.
 *   <li>Repeated failed logins on any of them are throttled ({@link LoginThrottleConfig}).
 *   <li>Health and readiness are open to the load balancer.
 *   <li>Metrics, the other actuator endpoints and {@code /api/operacion/**} are for administrators.
 *   <li>Everything else, the app's endpoints included, needs a login (HTTP Basic with the engine's
 *       users).
 * </ul>
 */
@Configuration
public class WebSecurityConfig {

  private final ObjectMapper objectMapper;

  public WebSecurityConfig(ObjectMapper objectMapper) {
    this.objectMapper = objectMapper;
  }

  @Bean
  @Order(1)
  public SecurityFilterChain camundaWebapps(
      HttpSecurity http,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath)
      throws Exception {
    return http.securityMatcher(new OrRequestMatcher(path("/"), path(webappPath + "/**")))
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        // The webapps run their own login, CSRF protection and security headers (header-security).
        .csrf(csrf -> csrf.disable())
        .headers(headers -> headers.disable())
        .requestCache(cache -> cache.disable())
        .build();
  }

  @Bean
  @Order(2)
  public SecurityFilterChain engineRest(
      HttpSecurity http, @Value("${spring.jersey.application-path:/engine-rest}") String restPath)
      throws Exception {
    return http.securityMatcher(path(restPath + "/**"))
        // Camunda's own filter authenticates (HTTP Basic against the engine); Spring only adds
        // headers.
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .csrf(csrf -> csrf.disable())
        .sessionManagement(
            session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(cache -> cache.disable())
        .headers(
            headers ->
                headers.httpStrictTransportSecurity(
                    hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)))
        .build();
  }

  @Bean
  @Order(3)
  public SecurityFilterChain applicationEndpoints(
      HttpSecurity http,
      CamundaIdentityAuthenticationProvider identityProvider,
      LectorDeTokens tokens,
      @Value("${omm.secure-cookies:true}") boolean secureCookies)
      throws Exception {
    return http
        // only this provider, without the global one as parent: a wrong password is checked (and
        // counted) once
        .authenticationManager(new ProviderManager(identityProvider))
        .authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers(EndpointRequest.to(HealthEndpoint.class, InfoEndpoint.class))
                    .permitAll()
                    .requestMatchers(EndpointRequest.toAnyEndpoint())
                    .hasAuthority("GROUP_" + Grupos.CAMUNDA_ADMIN)
                    .requestMatchers(path("/api/operacion/**"))
                    .hasAuthority("GROUP_" + Grupos.CAMUNDA_ADMIN)
                    .requestMatchers("/error", "/sin-acceso.html", "/documentos.css")
                    .permitAll()
                    // anyone checks a signed decreto (public acts); nothing is stored
                    .requestMatchers(
                        "/verificar.html",
                        "/verificar.js",
                        "/publico/verificacion",
                        "/publico/decreto")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized()))
        .addFilterBefore(
            new BearerOidcFilter(tokens, unauthorized()), BasicAuthenticationFilter.class)
        .addFilterBefore(new SesionTasklistAuthenticationFilter(), BasicAuthenticationFilter.class)
        .exceptionHandling(
            exceptions ->
                exceptions
                    .authenticationEntryPoint(unauthorized())
                    .accessDeniedHandler(forbidden()))
        // The session is the webapps' (they create it at login and change its id then): the app
        // only reads it. Spring's session-fixation protection would change its id on every request
        // it authenticates from the session, and a page's parallel requests would then arrive with
        // an id that no longer exists.
        .sessionManagement(
            session ->
                session
                    .sessionCreationPolicy(SessionCreationPolicy.STATELESS)
                    .sessionAuthenticationStrategy(new NullAuthenticatedSessionStrategy()))
        // Basic-authenticated calls without a session carry no cookie a forged request could ride
        // on; any call that brings a session cookie must echo the app's CSRF cookie in a header,
        // whatever other headers it has.
        .csrf(
            csrf ->
                csrf.csrfTokenRepository(csrfCookie(secureCookies))
                    .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                    // logging in happens in the webapps, not here: the token must not rotate per
                    // request
                    .sessionAuthenticationStrategy(new NullAuthenticatedSessionStrategy())
                    .ignoringRequestMatchers(
                        request ->
                            request.getHeader("Authorization") != null
                                && request.getRequestedSessionId() == null)
                    // reads the file it is sent and changes nothing
                    .ignoringRequestMatchers(path("/publico/verificacion")))
        .addFilterAfter(new CsrfCookieFilter(), BasicAuthenticationFilter.class)
        .headers(
            headers ->
                headers
                    .frameOptions(frame -> frame.sameOrigin())
                    .httpStrictTransportSecurity(
                        hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)))
        .build();
  }

  @Bean
  FilterRegistrationBean<LimiteCuerpoApi> limiteCuerpoApi(
      @Value("${omm.seguridad.cuerpo-maximo:1MB}") DataSize maximoJson) {
    FilterRegistrationBean<LimiteCuerpoApi> registration =
        new FilterRegistrationBean<>(new LimiteCuerpoApi(objectMapper, maximoJson));
    registration.addUrlPatterns("/*");
    registration.setOrder(SecurityFilterOrder.ENGINE_API_GUARD + 1);
    return registration;
  }

  @Bean
  public FilterRegistrationBean<EngineApiGuard> engineApiGuard(
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath,
      @Value("${spring.jersey.application-path:/engine-rest}") String restPath,
      @Value("${omm.seguridad.cuerpo-maximo:1MB}") DataSize maximoJson,
      @Value("${spring.servlet.multipart.max-request-size:25MB}") DataSize maximoMultipart,
      ObjectProvider<ProcessEngine> processEngine) {
    // the engine's own allow-list (deserialization-allowed-packages and its safe JDK types)
    Predicate<String> deserializable =
        className ->
            ((ProcessEngineConfigurationImpl)
                    processEngine.getObject().getProcessEngineConfiguration())
                .getDeserializationTypeValidator()
                .validate(className);
    FilterRegistrationBean<EngineApiGuard> registration =
        new FilterRegistrationBean<>(
            new EngineApiGuard(
                objectMapper,
                new CuerpoDeSolicitud(
                    objectMapper,
                    Math.toIntExact(maximoJson.toBytes()),
                    Math.toIntExact(maximoMultipart.toBytes())),
                deserializable,
                webappPath,
                restPath));
    registration.addUrlPatterns("/*");
    registration.setOrder(SecurityFilterOrder.ENGINE_API_GUARD);
    return registration;
  }

  /**
   * The app's CSRF cookie: readable by its pages' script, Secure outside the demo, SameSite=Lax.
   */
  private static CookieCsrfTokenRepository csrfCookie(boolean secure) {
    CookieCsrfTokenRepository repository = CookieCsrfTokenRepository.withHttpOnlyFalse();
    repository.setCookieName("OMM-XSRF-TOKEN");
    repository.setHeaderName("X-OMM-XSRF-TOKEN");
    repository.setCookiePath("/");
    repository.setCookieCustomizer(cookie -> cookie.secure(secure).sameSite("Lax"));
    return repository;
  }

  /** Matches the path within the application, whatever servlet (Jersey, the webapps) serves it. */
  private static RequestMatcher path(String pattern) {
    return PathPatternRequestMatcher.withDefaults().matcher(pattern);
  }

  private AuthenticationEntryPoint unauthorized() {
    return (request, response, exception) -> {
      LoginAttempt attempt = LoginAttempt.current();
      if (attempt != null && attempt.wasRefused()) {
        return; // the login throttle answers 429
      }
      String accept = request.getHeader("Accept");
      if (accept != null && accept.contains("text/html")) {
        // a person in a browser logs in where she always does
        response.sendRedirect(request.getContextPath() + "/camunda/app/tasklist/default/");
        return;
      }
      if (!desdeNavegador(request)) {
        // a browser would answer the challenge with its own sign-in dialog, outside the webapps'
        // login
        response.setHeader("WWW-Authenticate", "Basic realm=\"Convenios OMM\", charset=\"UTF-8\"");
      }
      writeError(
          response,
          HttpServletResponse.SC_UNAUTHORIZED,
          exception != null && exception.getCause() instanceof TokenRechazadoException
              ? exception.getMessage()
              : "Debe iniciar sesión: use su usuario y contraseña de Convenios OMM.");
    };
  }

  /**
   * A page's script in a browser: browsers mark every request with its fetch metadata (on HTTPS and
   * localhost), and a request that brings a session cookie comes from the webapps' login.
   */
  static boolean desdeNavegador(HttpServletRequest request) {
    return request.getHeader("Sec-Fetch-Mode") != null
        || request.getHeader("Sec-Fetch-Site") != null
        || request.getRequestedSessionId() != null
        || request.getHeader("X-Requested-With") != null;
  }

  private AccessDeniedHandler forbidden() {
    return (request, response, exception) ->
        writeError(
            response,
            HttpServletResponse.SC_FORBIDDEN,
            exception instanceof org.springframework.security.web.csrf.CsrfException
                ? "La sesión expiró o la solicitud no vino de Convenios OMM: recargue la página e intente de nuevo."
                : "Su usuario no tiene permiso para esta operación.");
  }

  private void writeError(HttpServletResponse response, int status, String message)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    objectMapper.writeValue(response.getWriter(), Map.of("error", message));
  }
}
