package cl.conveniosomm.informe;

import static org.assertj.core.api.Assertions.assertThat;

import cl.conveniosomm.plazo.calendario.CalendarioService;
import cl.conveniosomm.plazo.calendario.CatalogoFeriados;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CalendarioInformesTest {

  private static final String LA_SERENA = "04101";
  private final CalendarioInformes informes =
      new CalendarioInformes(new CalendarioService(new CatalogoFeriados()), 10, 20);

  @Test
  void laSerenasFirstSemestralReportIsDueOn14July2017() {
    PeriodoInforme primero = informes.semestre(LocalDate.of(2017, 3, 16), LA_SERENA);

    assertThat(primero.codigo()).isEqualTo("2017-1");
    assertThat(primero.desde()).isEqualTo(LocalDate.of(2017, 3, 16));
    assertThat(primero.hasta()).isEqualTo(LocalDate.of(2017, 6, 30));
    assertThat(primero.vence()).isEqualTo(LocalDate.of(2017, 7, 14));
    assertThat(primero.nombre()).isEqualTo("1er semestre 2017");
  }

  @Test
  void secondSemesterReportsAreDueTenDiasHabilesAfterNewYear() {
    // 31 Dec 2017 is a Sunday; 1 Jan 2018 a holiday: the count starts on Tuesday 2 January
    PeriodoInforme segundo =
        informes.siguiente(informes.semestre(LocalDate.of(2017, 3, 16), LA_SERENA), LA_SERENA);

    assertThat(segundo.codigo()).isEqualTo("2017-2");
    assertThat(segundo.desde()).isEqualTo(LocalDate.of(2017, 7, 1));
    assertThat(segundo.vence()).isEqualTo(LocalDate.of(2018, 1, 15));
    assertThat(segundo.nombre()).isEqualTo("2º semestre 2017");
  }

  @Test
  void threeYearsOfVigenciaOweSixSemestralReports() {
    assertThat(
            informes.semestrales(LocalDate.of(2017, 3, 16), LocalDate.of(2019, 12, 31), LA_SERENA))
        .extracting(PeriodoInforme::codigo)
        .containsExactly("2017-1", "2017-2", "2018-1", "2018-2", "2019-1", "2019-2");
  }

  @Test
  void theFinalReportIsDueTwentyDiasHabilesAfterTermino() {
    // término Friday 6 March 2020: 20 días hábiles later is Friday 3 April 2020
    assertThat(informes.venceInformeFinal(LocalDate.of(2020, 3, 6), LA_SERENA))
        .isEqualTo(LocalDate.of(2020, 4, 3));
  }
}
