package cl.conveniosomm.notificacion.plantilla;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Thymeleaf engine for the emails: {@code templates/correo/*.html} in HTML mode and {@code *.txt}
 * in TEXT mode.
 */
final class MotorPlantillas {

  static final String PREFIJO = "templates/correo/";

  private MotorPlantillas() {}

  static ITemplateEngine crear() {
    // SpringTemplateEngine for SpEL (OGNL is not on the classpath); it works without a Spring
    // context.
    SpringTemplateEngine motor = new SpringTemplateEngine();
    motor.addTemplateResolver(resolutor(TemplateMode.HTML, "*.html", 1));
    motor.addTemplateResolver(resolutor(TemplateMode.TEXT, "*.txt", 2));
    return motor;
  }

  private static ClassLoaderTemplateResolver resolutor(
      TemplateMode modo, String patron, int orden) {
    ClassLoaderTemplateResolver resolutor =
        new ClassLoaderTemplateResolver(MotorPlantillas.class.getClassLoader());
    resolutor.setPrefix(PREFIJO);
    resolutor.setTemplateMode(modo);
    resolutor.setResolvablePatterns(Set.of(patron));
    resolutor.setCharacterEncoding(StandardCharsets.UTF_8.name());
    resolutor.setCacheable(true);
    resolutor.setOrder(orden);
    return resolutor;
  }
}
