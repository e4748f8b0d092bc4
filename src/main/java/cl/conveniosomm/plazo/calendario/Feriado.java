package cl.conveniosomm.plazo.calendario;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A holiday as seen from a comuna: its observed date, its name, the law that establishes it, and
 * whether it is regional (applies only in some comunas) or national.
 */
public record Feriado(LocalDate fecha, String nombre, String fundamentoLegal, boolean regional) {

  public Feriado {
    Objects.requireNonNull(fecha, "fecha");
    Objects.requireNonNull(nombre, "nombre");
    Objects.requireNonNull(fundamentoLegal, "fundamentoLegal");
  }
}
