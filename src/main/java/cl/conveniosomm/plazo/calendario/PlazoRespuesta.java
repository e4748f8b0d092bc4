package cl.conveniosomm.plazo.calendario;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.LocalDate;

/**
 * Due date of a business-day deadline counted from a date, in the given comuna (national holidays
 * only if null).
 */
public record PlazoRespuesta(
    @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd") LocalDate desde,
    int dias,
    String comuna,
    @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd") LocalDate vence) {}
