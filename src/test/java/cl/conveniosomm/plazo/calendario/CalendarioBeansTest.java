package cl.conveniosomm.plazo.calendario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/** Spring wires the service with the data-file catalog, without starting the whole application. */
class CalendarioBeansTest {

  @Test
  void springCreaElServicioConElCatalogoDelClasspath() {
    try (var contexto =
        new AnnotationConfigApplicationContext(CatalogoFeriados.class, CalendarioService.class)) {
      CalendarioService calendario = contexto.getBean(CalendarioService.class);

      assertThat(calendario.isDiaHabil(LocalDate.of(2022, 9, 16), null)).isFalse();
    }
  }
}
