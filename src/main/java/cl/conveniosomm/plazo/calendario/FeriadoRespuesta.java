package cl.conveniosomm.plazo.calendario;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.LocalDate;

/** A holiday as JSON; the date is always YYYY-MM-DD, whatever the Jackson configuration. */
public record FeriadoRespuesta(
    @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd") LocalDate fecha,
    String nombre,
    String fundamentoLegal,
    boolean regional) {

  static FeriadoRespuesta de(Feriado feriado) {
    return new FeriadoRespuesta(
        feriado.fecha(), feriado.nombre(), feriado.fundamentoLegal(), feriado.regional());
  }
}
