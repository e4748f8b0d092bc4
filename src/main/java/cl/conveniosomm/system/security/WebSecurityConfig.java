package cl.conveniosomm.system.security;

import cl.conveniosomm.proceso.Grupos;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.info.InfoEndpoint;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach what.
 * <ul>
 *   <li>Camunda webapps and the engine REST API authenticate with their own filters (webapp login,
 *       HTTP Basic against the engine's identity service), so Spring Security lets them through.</li>
 *   <li>Health and readiness are open to the load balancer.</li>
 *   <li>Metrics, the other actuator endpoints and {@code /api/operacion/**} are for administrators.</li>
 *   <li>Everything else, the app's endpoints included, needs a login (HTTP Basic with the engine's
 *       users).</li>
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
  public SecurityFilterChain camundaOwnAuthentication(HttpSecurity http,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath,
      @Value("${spring.jersey.application-path:/engine-rest}") String restPath) throws Exception {
    return http
        .securityMatcher(new OrRequestMatcher(path("/"), path(webappPath + "/**"), path(restPath + "/**")))
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        // The webapps run their own CSRF protection and security headers; REST is stateless Basic.
        .csrf(csrf -> csrf.disable())
        .headers(headers -> headers.disable())
        .requestCache(cache -> cache.disable())
        .build();
  }

  @Bean
  @Order(2)
  public SecurityFilterChain applicationEndpoints(HttpSecurity http,
      CamundaIdentityAuthenticationProvider identityProvider) throws Exception {
    return http
        .authenticationProvider(identityProvider)
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(EndpointRequest.to(HealthEndpoint.class, InfoEndpoint.class)).permitAll()
            .requestMatchers(EndpointRequest.toAnyEndpoint()).hasAuthority("GROUP_" + Grupos.CAMUNDA_ADMIN)
            .requestMatchers(path("/api/operacion/**")).hasAuthority("GROUP_" + Grupos.CAMUNDA_ADMIN)
            .requestMatchers("/error").permitAll()
            .anyRequest().authenticated())
        .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized()))
        .exceptionHandling(exceptions -> exceptions
            .authenticationEntryPoint(unauthorized())
            .accessDeniedHandler(forbidden()))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        // Stateless Basic authentication: no cookie a forged request could ride on.
        .csrf(csrf -> csrf.disable())
        .headers(headers -> headers
            .frameOptions(frame -> frame.sameOrigin())
            .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)))
        .build();
  }

  @Bean
  public FilterRegistrationBean<EngineApiGuard> engineApiGuard(
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath,
      @Value("${spring.jersey.application-path:/engine-rest}") String restPath) {
    FilterRegistrationBean<EngineApiGuard> registration =
        new FilterRegistrationBean<>(new EngineApiGuard(objectMapper, webappPath, restPath));
    registration.addUrlPatterns("/*");
    registration.setOrder(SecurityFilterOrder.ENGINE_API_GUARD);
    return registration;
  }

  /** Matches the path within the application, whatever servlet (Jersey, the webapps) serves it. */
  private static RequestMatcher path(String pattern) {
    return PathPatternRequestMatcher.withDefaults().matcher(pattern);
  }

  private AuthenticationEntryPoint unauthorized() {
    return (request, response, exception) -> {
      response.setHeader("WWW-Authenticate", "Basic realm=\"Convenios OMM\", charset=\"UTF-8\"");
      writeError(response, HttpServletResponse.SC_UNAUTHORIZED,
          "Debe iniciar sesión: use su usuario y contraseña de Convenios OMM.");
    };
  }

  private AccessDeniedHandler forbidden() {
    return (request, response, exception) -> writeError(response, HttpServletResponse.SC_FORBIDDEN,
        "Su usuario no tiene permiso para esta operación.");
  }

  private void writeError(HttpServletResponse response, int status, String message) throws java.io.IOException {
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    objectMapper.writeValue(response.getWriter(), Map.of("error", message));
  }
}
