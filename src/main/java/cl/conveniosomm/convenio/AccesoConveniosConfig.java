package cl.conveniosomm.convenio;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration
class AccesoConveniosConfig implements WebMvcConfigurer {

  private final AccesoConvenios acceso;

  AccesoConveniosConfig(AccesoConvenios acceso) {
    this.acceso = acceso;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(acceso).addPathPatterns("/api/convenios/*/**");
  }
}
