package cl.conveniosomm.decreto;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One document cited by the decreto: what it is, its N° (some have none), date, issuer and subject.
 */
public record Antecedente(
    String id,
    String convenioId,
    int orden,
    String paso,
    TipoAntecedente tipo,
    String numero,
    LocalDate fecha,
    UnidadEmisora unidad,
    String materia,
    String registradoPor,
    Instant registradoEn) {}
