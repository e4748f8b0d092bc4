package cl.conveniosomm.system.security;

import jakarta.servlet.Filter;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * HTTP Basic on the engine REST API against the engine's own identity service, so that every call
 * runs as a user and the engine's authorization and tenant checks apply.
 */
@Configuration
public class EngineRestAuthenticationConfig {

  @Bean
  public FilterRegistrationBean<Filter> engineRestAuthenticationFilter(
      @Value("${spring.jersey.application-path:/engine-rest}") String restPath) {
    FilterRegistrationBean<Filter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("engine-rest-authentication");
    registration.addInitParameter(
        "authentication-provider", HttpBasicAuthenticationProvider.class.getName());
    registration.addInitParameter("rest-url-pattern-prefix", restPath);
    registration.addUrlPatterns(restPath + "/*");
    registration.setOrder(SecurityFilterOrder.ENGINE_REST_AUTHENTICATION);
    return registration;
  }
}
