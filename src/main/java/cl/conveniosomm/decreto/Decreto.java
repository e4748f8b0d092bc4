package cl.conveniosomm.decreto;

import java.time.LocalDate;

/**
 * The decreto alcaldicio that approves a convenio. {@code efectoRetroactivo}: it is dated after the
 * convenio's signature, so it states that its effects reach the earlier facts (the seed's point 2).
 */
public record Decreto(
    String convenioId,
    String comunaCodigo,
    String numero,
    LocalDate fecha,
    boolean efectoRetroactivo) {}
