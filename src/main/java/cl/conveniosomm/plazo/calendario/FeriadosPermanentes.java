package cl.conveniosomm.plazo.calendario;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.temporal.TemporalAdjusters.firstInMonth;
import static java.time.temporal.TemporalAdjusters.next;
import static java.time.temporal.TemporalAdjusters.previous;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Holidays set by Chile's permanent laws, with their moving rules, for a year from 2000 onwards.
 * Single-year holidays (elections, one-off laws) come from the data file.
 */
final class FeriadosPermanentes {

  static final ZoneId ZONA_HORARIA = ZoneId.of("America/Santiago");

  private static final String LEY_2977 = "Ley 2.977";
  private static final AlcanceTerritorial REGION_DE_ARICA_Y_PARINACOTA =
      AlcanceTerritorial.regiones("15");
  private static final AlcanceTerritorial CHILLAN_Y_CHILLAN_VIEJO =
      AlcanceTerritorial.comunas("16101", "16103");

  private final int anio;
  private final List<FeriadoTerritorial> feriados = new ArrayList<>();

  private FeriadosPermanentes(int anio) {
    this.anio = anio;
  }

  static List<FeriadoTerritorial> delAnio(int anio) {
    FeriadosPermanentes lista = new FeriadosPermanentes(anio);
    lista.agregarNacionales();
    lista.agregarRegionales();
    return List.copyOf(lista.feriados);
  }

  private void agregarNacionales() {
    LocalDate pascua = Pascua.domingoDeResurreccion(anio);
    nacional(dia(1, 1), "Año Nuevo", LEY_2977);
    if (anio >= 2017 && dia(1, 1).getDayOfWeek() == SUNDAY) {
      nacional(dia(1, 2), "Feriado adicional de Año Nuevo", "Ley 20.983");
    }
    nacional(pascua.minusDays(2), "Viernes Santo", LEY_2977);
    nacional(pascua.minusDays(1), "Sábado Santo", LEY_2977);
    nacional(dia(5, 1), "Día Nacional del Trabajo", "Ley 2.200; Ley 18.018");
    nacional(dia(5, 21), "Día de las Glorias Navales", LEY_2977);
    if (anio <= 2006) {
      // Ley 19.668 moved it from Thursday to that week's Monday; Ley 20.148 replaced it with Virgen
      // del Carmen.
      nacional(pascua.plusDays(57), "Corpus Christi", "Ley 19.668");
    }
    if (anio >= 2021) {
      nacional(diaDeLosPueblosIndigenas(), "Día Nacional de los Pueblos Indígenas", "Ley 21.357");
    }
    nacional(
        trasladoLey19668(dia(6, 29)),
        "San Pedro y San Pablo",
        "Ley 18.432; traslado según Ley 19.668");
    if (anio >= 2007) {
      nacional(dia(7, 16), "Virgen del Carmen", "Ley 20.148");
    }
    nacional(dia(8, 15), "Asunción de la Virgen", LEY_2977);
    if (anio <= 2001) {
      nacional(dia(9, 1).with(firstInMonth(MONDAY)), "Día de la Unidad Nacional", "Ley 19.588");
    }
    agregarFiestasPatrias();
    nacional(
        trasladoLey19668(dia(10, 12)),
        "Día del Encuentro de Dos Mundos",
        "Ley 3.810; traslado según Ley 19.668");
    if (anio >= 2008) {
      nacional(
          trasladoLey20299(dia(10, 31)),
          "Día Nacional de las Iglesias Evangélicas y Protestantes",
          "Ley 20.299");
    }
    nacional(dia(11, 1), "Día de Todos los Santos", LEY_2977);
    nacional(dia(12, 8), "Inmaculada Concepción", LEY_2977);
    nacional(dia(12, 25), "Navidad", LEY_2977);
  }

  private void agregarFiestasPatrias() {
    LocalDate independencia = dia(9, 18);
    switch (independencia.getDayOfWeek()) {
      case TUESDAY -> {
        if (anio >= 2007) {
          nacional(dia(9, 17), "Feriado adicional de Fiestas Patrias", "Ley 20.215");
        }
      }
      case WEDNESDAY -> {
        if (anio >= 2007) {
          nacional(dia(9, 20), "Feriado adicional de Fiestas Patrias", "Ley 20.215");
        }
      }
      case SATURDAY -> {
        if (anio >= 2017) {
          nacional(dia(9, 17), "Feriado adicional de Fiestas Patrias", "Ley 20.983");
        }
      }
      default -> {
        // With the 18th on a Monday, Thursday, Friday or Sunday there is no extra day.
      }
    }
    nacional(independencia, "Independencia Nacional", LEY_2977);
    nacional(dia(9, 19), "Día de las Glorias del Ejército", LEY_2977);
  }

  private void agregarRegionales() {
    if (anio >= 2013) {
      feriados.add(
          new FeriadoTerritorial(
              dia(6, 7),
              "Asalto y Toma del Morro de Arica",
              "Ley 20.663",
              REGION_DE_ARICA_Y_PARINACOTA));
    }
    if (anio >= 2014) {
      feriados.add(
          new FeriadoTerritorial(
              dia(8, 20),
              "Nacimiento del Prócer de la Independencia",
              "Ley 20.768",
              CHILLAN_Y_CHILLAN_VIEJO));
    }
  }

  /** The law set 21 June for 2021; from 2022 on it is the day of the winter solstice. */
  private LocalDate diaDeLosPueblosIndigenas() {
    return anio == 2021 ? dia(6, 21) : SolsticioDeInvierno.fecha(anio, ZONA_HORARIA);
  }

  /**
   * Ley 19.668: Tuesday to Thursday move to that week's Monday; Friday moves to the following
   * Monday.
   */
  static LocalDate trasladoLey19668(LocalDate fecha) {
    return switch (fecha.getDayOfWeek()) {
      case TUESDAY, WEDNESDAY, THURSDAY -> fecha.with(previous(MONDAY));
      case FRIDAY -> fecha.with(next(MONDAY));
      default -> fecha;
    };
  }

  /** Ley 20.299: a Tuesday moves to the previous Friday; a Wednesday to the following Friday. */
  static LocalDate trasladoLey20299(LocalDate fecha) {
    return switch (fecha.getDayOfWeek()) {
      case TUESDAY -> fecha.with(previous(FRIDAY));
      case WEDNESDAY -> fecha.with(next(FRIDAY));
      default -> fecha;
    };
  }

  private void nacional(LocalDate fecha, String nombre, String fundamentoLegal) {
    feriados.add(FeriadoTerritorial.nacional(fecha, nombre, fundamentoLegal));
  }

  private LocalDate dia(int mes, int diaDelMes) {
    return LocalDate.of(anio, mes, diaDelMes);
  }
}
