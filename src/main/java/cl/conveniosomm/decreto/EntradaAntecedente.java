package cl.conveniosomm.decreto;

import java.time.LocalDate;

/**
 * A step's submitted document, as the form sent it.
 *
 * @param fechaSuscripcion the convenio's signature date, when known
 * @param fecha            a {@code yyyy-MM-dd} string (Camunda Forms) or a {@link java.util.Date}
 */
public record EntradaAntecedente(String convenioId, String comunaCodigo, LocalDate fechaSuscripcion,
    PasoAprobacion paso, Object numero, Object fecha, Object materia, String usuario) {
}
