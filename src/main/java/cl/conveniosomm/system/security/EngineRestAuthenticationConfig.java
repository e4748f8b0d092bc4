package cl.conveniosomm.system.security;

import cl.conveniosomm.system.security.oidc.BasicOBearerProvider;
import cl.conveniosomm.system.security.oidc.LectorDeTokens;
import cl.conveniosomm.system.security.oidc.OidcProperties;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every call to the engine REST API runs as a user, so the engine's authorization and tenant checks
 * apply: HTTP Basic against the engine's own identity service, and bearer tokens of the
 * institution's OpenID Connect provider when {@code omm.oidc.issuer} names one.
 */
@Configuration
@EnableConfigurationProperties(OidcProperties.class)
public class EngineRestAuthenticationConfig {

  @Bean
  public LectorDeTokens lectorDeTokens(OidcProperties oidc, IdentityService identityService) {
    return new LectorDeTokens(oidc, identityService);
  }

  @Bean
  public FilterRegistrationBean<Filter> engineRestAuthenticationFilter(
      @Value("${spring.jersey.application-path:/engine-rest}") String restPath,
      OidcProperties oidc,
      LectorDeTokens tokens) {
    BasicOBearerProvider proveedor = new BasicOBearerProvider(tokens, oidc.basicActivo());
    FilterRegistrationBean<Filter> registration =
        new FilterRegistrationBean<>(
            new ProcessEngineAuthenticationFilter() {
              @Override
              public void init(FilterConfig config) throws ServletException {
                super.init(config);
                // the provider needs the app's beans: Camunda would build one from its class name
                authenticationProvider = proveedor;
              }
            });
    registration.setName("engine-rest-authentication");
    registration.addInitParameter(
        "authentication-provider", HttpBasicAuthenticationProvider.class.getName());
    registration.addInitParameter("rest-url-pattern-prefix", restPath);
    registration.addUrlPatterns(restPath + "/*");
    registration.setOrder(SecurityFilterOrder.ENGINE_REST_AUTHENTICATION);
    return registration;
  }
}
