package cl.conveniosomm.plazo.calendario;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Un feriado tal como lo ve una comuna: su fecha observada, su nombre, la norma que lo establece
 * y si es regional (rige sólo en algunas comunas) o nacional.
 */
public record Feriado(LocalDate fecha, String nombre, String fundamentoLegal, boolean regional) {

  public Feriado {
    Objects.requireNonNull(fecha, "fecha");
    Objects.requireNonNull(nombre, "nombre");
    Objects.requireNonNull(fundamentoLegal, "fundamentoLegal");
  }
}
