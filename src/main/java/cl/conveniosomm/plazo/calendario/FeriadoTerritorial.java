package cl.conveniosomm.plazo.calendario;

import java.time.LocalDate;

/**
 * A holiday with the territory where it applies; each comuna's {@link Feriado} is derived from it.
 */
record FeriadoTerritorial(
    LocalDate fecha, String nombre, String fundamentoLegal, AlcanceTerritorial alcance) {

  static FeriadoTerritorial nacional(LocalDate fecha, String nombre, String fundamentoLegal) {
    return new FeriadoTerritorial(fecha, nombre, fundamentoLegal, AlcanceTerritorial.NACIONAL);
  }

  Feriado comoFeriado() {
    return new Feriado(fecha, nombre, fundamentoLegal, !alcance.esNacional());
  }
}
