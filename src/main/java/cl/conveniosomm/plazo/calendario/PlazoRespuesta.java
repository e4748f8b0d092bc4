package cl.conveniosomm.plazo.calendario;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.LocalDate;

/** Vencimiento de un plazo de días hábiles contado desde una fecha, en la comuna indicada (o nacional si es nula). */
public record PlazoRespuesta(
    @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd") LocalDate desde,
    int dias,
    String comuna,
    @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd") LocalDate vence) {
}
