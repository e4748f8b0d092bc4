package cl.conveniosomm.system.security;

import cl.conveniosomm.system.security.ldap.IdentidadConDirectorio;
import cl.conveniosomm.system.security.ldap.LdapProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The login throttle: counted inside the engine's password check ({@link
 * ThrottledIdentityProvider}), answered in front of every way in ({@link LoginThrottleFilter}). See
 * README, «Seguridad».
 */
@Configuration
public class LoginThrottleConfig {

  @Bean
  public LoginThrottle loginThrottle(
      @Value("${omm.seguridad.login.intentos:10}") int maxFailures,
      @Value("${omm.seguridad.login.intentos-por-direccion:100}") int maxFailuresPerAddress,
      @Value("${omm.seguridad.login.bloqueo:15m}") Duration lock) {
    return new LoginThrottle(maxFailures, maxFailuresPerAddress, lock, Clock.systemUTC());
  }

  @Bean
  public FilterRegistrationBean<LoginThrottleFilter> loginThrottleFilter(
      LoginThrottle throttle,
      ObjectMapper json,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
    FilterRegistrationBean<LoginThrottleFilter> registration =
        new FilterRegistrationBean<>(new LoginThrottleFilter(throttle, json, webappPath));
    registration.addUrlPatterns("/*");
    registration.setOrder(SecurityFilterOrder.LOGIN_THROTTLE);
    return registration;
  }

  /**
   * The engine checks passwords with {@link ThrottledIdentityProvider}, beside the municipality's
   * directory when there is one ({@link IdentidadConDirectorio}).
   */
  @Bean
  public ProcessEnginePlugin throttledIdentityPlugin(
      LoginThrottle throttle,
      LdapProperties ldap,
      @Value("${camunda.bpm.admin-user.id:}") String administrador) {
    Set<String> locales = administrador.isBlank() ? Set.of() : Set.of(administrador);
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityProviderSessionFactory(
            new SessionFactory() {
              @Override
              public Class<?> getSessionType() {
                return ThrottledIdentityProvider.class;
              }

              @Override
              public Session openSession() {
                return ldap.activo()
                    ? new IdentidadConDirectorio(throttle, ldap, locales)
                    : new ThrottledIdentityProvider(throttle);
              }
            });
      }
    };
  }
}
