package cl.conveniosomm.system.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ValidacionEnvioConfig {

  @Bean
  FilterRegistrationBean<ValidacionEnvioFilter> validacionEnvioFilter(ValidacionEnvio validacion, ObjectMapper json) {
    FilterRegistrationBean<ValidacionEnvioFilter> registration =
        new FilterRegistrationBean<>(new ValidacionEnvioFilter(validacion, json));
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    // after the engine API guard and REST authentication
    registration.setOrder(10);
    return registration;
  }
}
