package cl.conveniosomm.decreto.borrador;

import java.time.LocalDate;

/**
 * SERNAMEG's name on a given day: an act is cited with the name its issuer had when it was issued.
 * The Servicio Nacional de la Mujer (Ley N° 19.023) took its present name when the Ministerio de la
 * Mujer y la Equidad de Género created by Ley N° 20.820 began to operate, on 1 June 2016.
 */
final class Sernameg {

  static final LocalDate NUEVO_NOMBRE = LocalDate.of(2016, 6, 1);

  private Sernameg() {}

  static String nombreEn(LocalDate fecha) {
    return fecha != null && fecha.isBefore(NUEVO_NOMBRE)
        ? "Servicio Nacional de la Mujer"
        : "Servicio Nacional de la Mujer y la Equidad de Género";
  }
}
