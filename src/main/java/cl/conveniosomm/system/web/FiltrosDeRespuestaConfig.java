package cl.conveniosomm.system.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

@Configuration
class FiltrosDeRespuestaConfig {

  @Bean
  FilterRegistrationBean<PaginaDeErrorFilter> paginaDeErrorFilter(ObjectMapper json) {
    FilterRegistrationBean<PaginaDeErrorFilter> registration =
        new FilterRegistrationBean<>(new PaginaDeErrorFilter(json));
    // only direct requests (the default dispatcher type), never the container's error dispatch
    registration.addUrlPatterns("/error", "/error/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  @Bean
  FilterRegistrationBean<RespuestasMotorFilter> respuestasMotorFilter(ObjectMapper json) {
    FilterRegistrationBean<RespuestasMotorFilter> registration =
        new FilterRegistrationBean<>(new RespuestasMotorFilter(json));
    registration.addUrlPatterns(
        "/engine-rest/*", "/camunda/api/engine/*", "/camunda/api/cockpit/*");
    // around everything the engine answers
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }

  @Bean
  FilterRegistrationBean<SolicitudDemasiadoGrandeFilter> solicitudDemasiadoGrandeFilter(
      ObjectMapper json,
      @Value("${spring.servlet.multipart.max-request-size:25MB}") DataSize maximo)
      throws IOException {
    FilterRegistrationBean<SolicitudDemasiadoGrandeFilter> registration =
        new FilterRegistrationBean<>(new SolicitudDemasiadoGrandeFilter(maximo.toBytes(), json));
    registration.addUrlPatterns("/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
    return registration;
  }
}
