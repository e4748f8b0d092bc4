package cl.conveniosomm.notificacion.plantilla;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** Motor Thymeleaf de los correos: {@code templates/correo/*.html} en modo HTML y {@code *.txt} en modo TEXT. */
final class MotorPlantillas {

  static final String PREFIJO = "templates/correo/";

  private MotorPlantillas() {
  }

  static ITemplateEngine crear() {
    // SpringTemplateEngine por SpEL (OGNL no está en el classpath); funciona sin contexto Spring.
    SpringTemplateEngine motor = new SpringTemplateEngine();
    motor.addTemplateResolver(resolutor(TemplateMode.HTML, "*.html", 1));
    motor.addTemplateResolver(resolutor(TemplateMode.TEXT, "*.txt", 2));
    return motor;
  }

  private static ClassLoaderTemplateResolver resolutor(TemplateMode modo, String patron, int orden) {
    ClassLoaderTemplateResolver resolutor = new ClassLoaderTemplateResolver(MotorPlantillas.class.getClassLoader());
    resolutor.setPrefix(PREFIJO);
    resolutor.setTemplateMode(modo);
    resolutor.setResolvablePatterns(Set.of(patron));
    resolutor.setCharacterEncoding(StandardCharsets.UTF_8.name());
    resolutor.setCacheable(true);
    resolutor.setOrder(orden);
    return resolutor;
  }
}
