package cl.conveniosomm.plazo.calendario;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Date of the June solstice (southern winter), per J. Meeus, <i>Astronomical Algorithms</i>, ch.
 * 27: accurate to about a minute, more than enough unless the instant falls within minutes of
 * midnight.
 */
final class SolsticioDeInvierno {

  /** Periodic terms A, B (degrees) and C (degrees per Julian century) from table 27.C. */
  private static final double[][] TERMINOS_PERIODICOS = {
    {485, 324.96, 1934.136}, {203, 337.23, 32964.467}, {199, 342.08, 20.186},
    {182, 27.85, 445267.112}, {156, 73.14, 45036.886}, {136, 171.52, 22518.443},
    {77, 222.54, 65928.934}, {74, 296.72, 3034.906}, {70, 243.58, 9037.513},
    {58, 119.81, 33718.147}, {52, 297.17, 150.678}, {50, 21.02, 2281.226},
    {45, 247.54, 29929.562}, {44, 325.15, 31555.956}, {29, 60.93, 4443.417},
    {18, 155.12, 67555.328}, {17, 288.79, 4562.452}, {16, 198.04, 62894.029},
    {14, 199.76, 31436.921}, {12, 95.39, 14577.848}, {12, 287.11, 31931.756},
    {12, 320.81, 34777.259}, {9, 227.73, 1222.114}, {8, 15.45, 16859.074},
  };

  private static final double DIA_JULIANO_J2000 = 2451545.0;
  private static final double DIA_JULIANO_EPOCA_UNIX = 2440587.5;
  private static final double MILISEGUNDOS_POR_DIA = 86_400_000.0;

  private SolsticioDeInvierno() {}

  static LocalDate fecha(int anio, ZoneId zona) {
    return instante(anio).atZone(zona).toLocalDate();
  }

  static Instant instante(int anio) {
    double y = (anio - 2000) / 1000.0;
    double jde0 =
        2451716.56767
            + 365241.62603 * y
            + 0.00325 * y * y
            + 0.00888 * y * y * y
            - 0.00030 * y * y * y * y;
    double t = (jde0 - DIA_JULIANO_J2000) / 36525;
    double w = Math.toRadians(35999.373 * t - 2.47);
    double deltaLambda = 1 + 0.0334 * Math.cos(w) + 0.0007 * Math.cos(2 * w);
    double suma = 0;
    for (double[] termino : TERMINOS_PERIODICOS) {
      suma += termino[0] * Math.cos(Math.toRadians(termino[1] + termino[2] * t));
    }
    double diaJulianoTiempoTerrestre = jde0 + 0.00001 * suma / deltaLambda;
    double diaJulianoUniversal = diaJulianoTiempoTerrestre - deltaTSegundos(anio) / 86_400;
    return Instant.ofEpochMilli(
        Math.round((diaJulianoUniversal - DIA_JULIANO_EPOCA_UNIX) * MILISEGUNDOS_POR_DIA));
  }

  /**
   * Difference between Terrestrial Time and Universal Time (Espenak and Meeus polynomials, NASA).
   */
  private static double deltaTSegundos(int anio) {
    double y = anio + 0.5;
    if (y < 2050) {
      double t = y - 2000;
      return 62.92 + 0.32217 * t + 0.005589 * t * t;
    }
    double u = (y - 1820) / 100;
    return -20 + 32 * u * u - 0.5628 * (2150 - y);
  }
}
