package cl.conveniosomm.plazo.calendario;

import java.time.LocalDate;

/** Un feriado con el territorio donde rige; de aquí sale el {@link Feriado} que ve cada comuna. */
record FeriadoTerritorial(LocalDate fecha, String nombre, String fundamentoLegal, AlcanceTerritorial alcance) {

  static FeriadoTerritorial nacional(LocalDate fecha, String nombre, String fundamentoLegal) {
    return new FeriadoTerritorial(fecha, nombre, fundamentoLegal, AlcanceTerritorial.NACIONAL);
  }

  Feriado comoFeriado() {
    return new Feriado(fecha, nombre, fundamentoLegal, !alcance.esNacional());
  }
}
