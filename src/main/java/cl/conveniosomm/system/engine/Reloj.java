package cl.conveniosomm.system.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The time of the process engine, in America/Santiago. Deadlines and reminders follow the engine's
 * clock, which tests move forward.
 */
@Component
public class Reloj {

  public static final ZoneId ZONA = ZoneId.of("America/Santiago");

  public Instant ahora() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  public LocalDate hoy() {
    return LocalDate.ofInstant(ahora(), ZONA);
  }
}
