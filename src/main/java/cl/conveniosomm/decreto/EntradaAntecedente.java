package cl.conveniosomm.decreto;

import java.time.LocalDate;

/**
 * A step's submitted document, as the form sent it.
 *
 * @param fechaSuscripcion the convenio's signature date, when known
 * @param fecha as typed, read by {@link cl.conveniosomm.system.texto.Fechas#leer}: {@code
 *     dd-mm-aaaa} or {@code dd/mm/aaaa} (the forms), {@code yyyy-MM-dd} or a {@link java.util.Date}
 *     (the APIs)
 */
public record EntradaAntecedente(
    String convenioId,
    String comunaCodigo,
    LocalDate fechaSuscripcion,
    PasoAprobacion paso,
    Object numero,
    Object fecha,
    Object materia,
    String usuario) {}
