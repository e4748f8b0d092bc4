package cl.conveniosomm.plazo.calendario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The complete official list of national holidays for each year, with moves already applied. */
class FeriadosPorAnioTest {

  private static final CalendarioService CALENDARIO = new CalendarioService(new CatalogoFeriados());

  private static final String ANIO_NUEVO = "Año Nuevo";
  private static final String ADICIONAL_ANIO_NUEVO = "Feriado adicional de Año Nuevo";
  private static final String VIERNES_SANTO = "Viernes Santo";
  private static final String SABADO_SANTO = "Sábado Santo";
  private static final String TRABAJO = "Día Nacional del Trabajo";
  private static final String GLORIAS_NAVALES = "Día de las Glorias Navales";
  private static final String PUEBLOS_INDIGENAS = "Día Nacional de los Pueblos Indígenas";
  private static final String SAN_PEDRO_Y_SAN_PABLO = "San Pedro y San Pablo";
  private static final String VIRGEN_DEL_CARMEN = "Virgen del Carmen";
  private static final String ASUNCION = "Asunción de la Virgen";
  private static final String ADICIONAL_FIESTAS_PATRIAS = "Feriado adicional de Fiestas Patrias";
  private static final String INDEPENDENCIA = "Independencia Nacional";
  private static final String GLORIAS_DEL_EJERCITO = "Día de las Glorias del Ejército";
  private static final String DOS_MUNDOS = "Día del Encuentro de Dos Mundos";
  private static final String IGLESIAS_EVANGELICAS =
      "Día Nacional de las Iglesias Evangélicas y Protestantes";
  private static final String TODOS_LOS_SANTOS = "Día de Todos los Santos";
  private static final String INMACULADA = "Inmaculada Concepción";
  private static final String NAVIDAD = "Navidad";
  private static final String PRIMARIAS = "Elecciones primarias presidenciales";
  private static final String ELECCION_GENERAL =
      "Elecciones presidencial, parlamentarias y de consejeros regionales";
  private static final String SEGUNDA_VOTACION = "Segunda votación presidencial";

  static Stream<Arguments> feriadosNacionalesOficiales() {
    return Stream.of(
        Arguments.of(
            2017,
            List.of(
                "2017-01-01 " + ANIO_NUEVO,
                "2017-01-02 " + ADICIONAL_ANIO_NUEVO, // 1 January on a Sunday (Ley 20.983)
                "2017-04-14 " + VIERNES_SANTO,
                "2017-04-15 " + SABADO_SANTO,
                "2017-04-19 Censo abreviado de población y vivienda", // Ley 17.374, art. 44
                "2017-05-01 " + TRABAJO,
                "2017-05-21 " + GLORIAS_NAVALES,
                "2017-06-26 " + SAN_PEDRO_Y_SAN_PABLO, // Thursday 29 → Monday 26
                "2017-07-02 " + PRIMARIAS,
                "2017-07-16 " + VIRGEN_DEL_CARMEN,
                "2017-08-15 " + ASUNCION,
                "2017-09-18 " + INDEPENDENCIA,
                "2017-09-19 " + GLORIAS_DEL_EJERCITO,
                "2017-10-09 " + DOS_MUNDOS, // Thursday 12 → Monday 9
                "2017-10-27 " + IGLESIAS_EVANGELICAS, // Tuesday 31 → Friday 27
                "2017-11-01 " + TODOS_LOS_SANTOS,
                "2017-11-19 " + ELECCION_GENERAL,
                "2017-12-08 " + INMACULADA,
                "2017-12-17 " + SEGUNDA_VOTACION,
                "2017-12-25 " + NAVIDAD)),
        Arguments.of(
            2021,
            List.of(
                "2021-01-01 " + ANIO_NUEVO,
                "2021-04-02 " + VIERNES_SANTO,
                "2021-04-03 " + SABADO_SANTO,
                "2021-05-01 " + TRABAJO,
                "2021-05-15 Elecciones de convencionales constituyentes, gobernadores regionales, alcaldes y concejales",
                "2021-05-16 Elecciones de convencionales constituyentes, gobernadores regionales, alcaldes y concejales",
                "2021-05-21 " + GLORIAS_NAVALES,
                "2021-06-21 " + PUEBLOS_INDIGENAS, // set by Ley 21.357 for 2021
                "2021-06-28 " + SAN_PEDRO_Y_SAN_PABLO, // Tuesday 29 → Monday 28
                "2021-07-16 " + VIRGEN_DEL_CARMEN,
                "2021-07-18 " + PRIMARIAS,
                "2021-08-15 " + ASUNCION,
                "2021-09-17 "
                    + ADICIONAL_FIESTAS_PATRIAS, // 18th and 19th on a weekend (Ley 20.983)
                "2021-09-18 " + INDEPENDENCIA,
                "2021-09-19 " + GLORIAS_DEL_EJERCITO,
                "2021-10-11 " + DOS_MUNDOS, // Tuesday 12 → Monday 11
                "2021-10-31 " + IGLESIAS_EVANGELICAS, // Sunday: not moved
                "2021-11-01 " + TODOS_LOS_SANTOS,
                "2021-11-21 " + ELECCION_GENERAL,
                "2021-12-08 " + INMACULADA,
                "2021-12-19 " + SEGUNDA_VOTACION,
                "2021-12-25 " + NAVIDAD)),
        Arguments.of(
            2022,
            List.of(
                "2022-01-01 " + ANIO_NUEVO,
                "2022-04-15 " + VIERNES_SANTO,
                "2022-04-16 " + SABADO_SANTO,
                "2022-05-01 " + TRABAJO,
                "2022-05-21 " + GLORIAS_NAVALES,
                "2022-06-21 " + PUEBLOS_INDIGENAS,
                "2022-06-27 " + SAN_PEDRO_Y_SAN_PABLO, // Wednesday 29 → Monday 27
                "2022-07-16 " + VIRGEN_DEL_CARMEN,
                "2022-08-15 " + ASUNCION,
                "2022-09-04 Plebiscito constitucional",
                "2022-09-16 " + ADICIONAL_FIESTAS_PATRIAS, // one-off law
                "2022-09-18 " + INDEPENDENCIA,
                "2022-09-19 " + GLORIAS_DEL_EJERCITO,
                "2022-10-10 " + DOS_MUNDOS, // Wednesday 12 → Monday 10
                "2022-10-31 " + IGLESIAS_EVANGELICAS, // Monday: not moved
                "2022-11-01 " + TODOS_LOS_SANTOS,
                "2022-12-08 " + INMACULADA,
                "2022-12-25 " + NAVIDAD)),
        Arguments.of(
            2023,
            List.of(
                "2023-01-01 " + ANIO_NUEVO,
                "2023-01-02 " + ADICIONAL_ANIO_NUEVO,
                "2023-04-07 " + VIERNES_SANTO,
                "2023-04-08 " + SABADO_SANTO,
                "2023-05-01 " + TRABAJO,
                "2023-05-07 Elección de consejeros constitucionales",
                "2023-05-21 " + GLORIAS_NAVALES,
                "2023-06-21 " + PUEBLOS_INDIGENAS,
                "2023-06-26 " + SAN_PEDRO_Y_SAN_PABLO, // Thursday 29 → Monday 26
                "2023-07-16 " + VIRGEN_DEL_CARMEN,
                "2023-08-15 " + ASUNCION,
                "2023-09-18 " + INDEPENDENCIA,
                "2023-09-19 " + GLORIAS_DEL_EJERCITO,
                "2023-10-09 " + DOS_MUNDOS, // Thursday 12 → Monday 9
                "2023-10-27 " + IGLESIAS_EVANGELICAS, // Tuesday 31 → Friday 27
                "2023-11-01 " + TODOS_LOS_SANTOS,
                "2023-12-08 " + INMACULADA,
                "2023-12-17 Plebiscito constitucional",
                "2023-12-25 " + NAVIDAD)),
        Arguments.of(
            2024,
            List.of(
                "2024-01-01 " + ANIO_NUEVO,
                "2024-03-29 " + VIERNES_SANTO,
                "2024-03-30 " + SABADO_SANTO,
                "2024-05-01 " + TRABAJO,
                "2024-05-21 " + GLORIAS_NAVALES,
                "2024-06-20 " + PUEBLOS_INDIGENAS,
                "2024-06-29 " + SAN_PEDRO_Y_SAN_PABLO, // Saturday: not moved
                "2024-07-16 " + VIRGEN_DEL_CARMEN,
                "2024-08-15 " + ASUNCION,
                "2024-09-18 " + INDEPENDENCIA,
                "2024-09-19 " + GLORIAS_DEL_EJERCITO,
                "2024-09-20 "
                    + ADICIONAL_FIESTAS_PATRIAS, // 18th and 19th on Wednesday and Thursday (Ley
                // 20.215)
                "2024-10-12 " + DOS_MUNDOS, // Saturday: not moved
                "2024-10-27 Elecciones municipales y regionales",
                "2024-10-31 " + IGLESIAS_EVANGELICAS, // Thursday: not moved
                "2024-11-01 " + TODOS_LOS_SANTOS,
                "2024-12-08 " + INMACULADA,
                "2024-12-25 " + NAVIDAD)),
        Arguments.of(
            2025,
            List.of(
                "2025-01-01 " + ANIO_NUEVO,
                "2025-04-18 " + VIERNES_SANTO,
                "2025-04-19 " + SABADO_SANTO,
                "2025-05-01 " + TRABAJO,
                "2025-05-21 " + GLORIAS_NAVALES,
                "2025-06-20 " + PUEBLOS_INDIGENAS, // solstice: 20 June, 22:42 in Santiago
                "2025-06-29 " + SAN_PEDRO_Y_SAN_PABLO, // Sunday: not moved
                "2025-06-29 " + PRIMARIAS,
                "2025-07-16 " + VIRGEN_DEL_CARMEN,
                "2025-08-15 " + ASUNCION,
                "2025-09-18 " + INDEPENDENCIA,
                "2025-09-19 " + GLORIAS_DEL_EJERCITO,
                "2025-10-12 " + DOS_MUNDOS, // Sunday: not moved
                "2025-10-31 " + IGLESIAS_EVANGELICAS, // Friday: not moved
                "2025-11-01 " + TODOS_LOS_SANTOS,
                "2025-11-16 Elecciones presidencial y parlamentarias",
                "2025-12-08 " + INMACULADA,
                "2025-12-14 " + SEGUNDA_VOTACION,
                "2025-12-25 " + NAVIDAD)),
        Arguments.of(
            2026,
            List.of(
                "2026-01-01 " + ANIO_NUEVO,
                "2026-04-03 " + VIERNES_SANTO,
                "2026-04-04 " + SABADO_SANTO,
                "2026-05-01 " + TRABAJO,
                "2026-05-21 " + GLORIAS_NAVALES,
                "2026-06-21 " + PUEBLOS_INDIGENAS,
                "2026-06-29 " + SAN_PEDRO_Y_SAN_PABLO, // Monday
                "2026-07-16 " + VIRGEN_DEL_CARMEN,
                "2026-08-15 " + ASUNCION,
                "2026-09-18 " + INDEPENDENCIA,
                "2026-09-19 " + GLORIAS_DEL_EJERCITO,
                "2026-10-12 " + DOS_MUNDOS, // Monday
                "2026-10-31 " + IGLESIAS_EVANGELICAS, // Saturday: not moved
                "2026-11-01 " + TODOS_LOS_SANTOS,
                "2026-12-08 " + INMACULADA,
                "2026-12-25 " + NAVIDAD)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("feriadosNacionalesOficiales")
  void listaCompletaDeFeriadosNacionales(int anio, List<String> esperados) {
    List<String> obtenidos =
        CALENDARIO.feriados(anio, null).stream()
            .map(feriado -> feriado.fecha() + " " + feriado.nombre())
            .toList();

    assertThat(obtenidos).containsExactlyElementsOf(esperados);
    assertThat(CALENDARIO.feriados(anio, null)).noneMatch(Feriado::regional);
  }
}
