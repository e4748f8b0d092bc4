package cl.conveniosomm.plazo.calendario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CalendarioServiceTest {

  private static final String LA_SERENA = "04101";
  private final CalendarioService calendario = new CalendarioService(new CatalogoFeriados());

  private static LocalDate fecha(String iso) {
    return LocalDate.parse(iso);
  }

  @Nested
  class DiaHabil {

    @Test
    void sabadoYDomingoNoSonHabiles() {
      assertThat(calendario.isDiaHabil(fecha("2026-03-07"), null)).isFalse();
      assertThat(calendario.isDiaHabil(fecha("2026-03-08"), null)).isFalse();
      assertThat(calendario.isDiaHabil(fecha("2026-03-09"), null)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "2026-06-29",
          "2026-10-12",
          "2017-06-26",
          "2017-10-09",
          "2017-10-27",
          "2017-01-02",
          "2022-09-16",
          "2024-09-20",
          "2025-06-20",
          "2021-09-17",
          "2018-09-17",
          "2019-09-20",
          "2018-11-02",
          "2027-09-17",
          "2034-01-02"
        })
    void feriadosTrasladadosYAdicionalesNoSonHabiles(String dia) {
      assertThat(calendario.isDiaHabil(fecha(dia), null)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "2017-06-29",
          "2017-10-12",
          "2017-10-31",
          "2023-10-31",
          "2022-06-29",
          "2018-10-31"
        })
    void laFechaOriginalDeUnFeriadoTrasladadoEsHabil(String dia) {
      assertThat(calendario.isDiaHabil(fecha(dia), null)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-12-31", "2025-12-31", "2026-12-31"})
    void elTreintaYUnoDeDiciembreEsSoloFeriadoBancarioYEsHabil(String dia) {
      assertThat(calendario.isDiaHabil(fecha(dia), LA_SERENA)).isTrue();
    }

    @Test
    void antesDe2021NoHabiaDiaDeLosPueblosIndigenas() {
      assertThat(calendario.feriados(2017, null))
          .noneMatch(f -> f.nombre().contains("Pueblos Indígenas"));
      assertThat(calendario.feriados(2020, null))
          .noneMatch(f -> f.nombre().contains("Pueblos Indígenas"));
      assertThat(calendario.isDiaHabil(fecha("2020-06-22"), null)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
      "15101, false",
      "15102, false",
      "15201, false",
      "15202, false",
      "04101, true",
      "13101, true"
    })
    void asaltoYTomaDelMorroDeAricaRigeSoloEnAricaYParinacota(String comuna, boolean habil) {
      assertThat(calendario.isDiaHabil(fecha("2024-06-07"), comuna)).isEqualTo(habil);
      assertThat(calendario.isDiaHabil(fecha("2024-06-07"), null)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"16101, false", "16103, false", "16102, true", "04101, true"})
    void nacimientoDelProcerRigeSoloEnChillanYChillanViejo(String comuna, boolean habil) {
      assertThat(calendario.isDiaHabil(fecha("2026-08-20"), comuna)).isEqualTo(habil);
      assertThat(calendario.isDiaHabil(fecha("2026-08-20"), null)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"04101, false", "04102, false", "05101, true"})
    void feriadoRegionalDeUnSoloAnioDelArchivoDeDatos(String comuna, boolean habil) {
      assertThat(calendario.isDiaHabil(fecha("2023-09-20"), comuna)).isEqualTo(habil);
    }

    @ParameterizedTest
    @CsvSource({"12101, false", "10201, false", "10101, true"})
    void feriadoPorRegionYProvincia(String comuna, boolean habil) {
      assertThat(calendario.isDiaHabil(fecha("2017-09-21"), comuna)).isEqualTo(habil);
    }

    @Test
    void comunaEnBlancoOConEspaciosSeNormaliza() {
      assertThat(calendario.isDiaHabil(fecha("2024-06-07"), "  ")).isTrue();
      assertThat(calendario.isDiaHabil(fecha("2024-06-07"), " 15101 ")).isFalse();
    }
  }

  @Nested
  class SumarDiasHabiles {

    @ParameterizedTest(name = "{0} {1} días hábiles en {2} → {3}")
    @CsvSource(
        nullValues = "nacional",
        value = {
          "2026-06-26,  5, 04101,    2026-07-06",
          "2026-07-06, -5, 04101,    2026-06-26",
          "2026-06-30, 10, nacional, 2026-07-14",
          "2017-06-23,  1, nacional, 2017-06-27",
          "2017-10-26,  1, nacional, 2017-10-30",
          "2017-10-26,  2, nacional, 2017-10-31",
          "2017-10-26,  3, nacional, 2017-11-02",
          "2022-09-15,  1, nacional, 2022-09-20",
          "2025-12-31,  1, nacional, 2026-01-02",
          "2023-09-19,  1, 04101,    2023-09-21",
          "2023-09-19,  1, nacional, 2023-09-20",
          "2026-06-27,  0, nacional, 2026-06-30",
          "2026-06-30,  0, nacional, 2026-06-30",
          "2026-06-28, -1, nacional, 2026-06-26"
        })
    void venceElDiaHabilQueCorresponde(String desde, int dias, String comuna, String vence) {
      assertThat(calendario.addDiasHabiles(fecha(desde), dias, comuna)).isEqualTo(fecha(vence));
    }

    @Test
    void idaYVueltaConElMaximoDeDias() {
      LocalDate desde = fecha("2026-01-02");
      LocalDate vence = calendario.addDiasHabiles(desde, CalendarioService.MAXIMO_DIAS, LA_SERENA);

      assertThat(calendario.isDiaHabil(vence, LA_SERENA)).isTrue();
      assertThat(calendario.addDiasHabiles(vence, -CalendarioService.MAXIMO_DIAS, LA_SERENA))
          .isEqualTo(desde);
    }
  }

  @Nested
  class Feriados {

    @Test
    void incluyeLosRegionalesDeLaComunaMarcadosComoRegionales() {
      List<Feriado> arica = calendario.feriados(2026, "15101");

      assertThat(arica)
          .filteredOn(Feriado::regional)
          .containsExactly(
              new Feriado(
                  fecha("2026-06-07"), "Asalto y Toma del Morro de Arica", "Ley 20.663", true));
      assertThat(arica).hasSize(calendario.feriados(2026, null).size() + 1);
    }

    @Test
    void laSerenaTieneLaPampillaEn2023() {
      assertThat(calendario.feriados(2023, LA_SERENA))
          .filteredOn(Feriado::regional)
          .containsExactly(
              new Feriado(fecha("2023-09-20"), "Fiesta de La Pampilla", "Ley 21.609", true));
    }

    @Test
    void segundaVotacionDeGobernadoresSoloDondeHuboSegundaVotacion() {
      assertThat(calendario.feriados(2021, "13101"))
          .extracting(Feriado::fecha)
          .contains(fecha("2021-06-13"));
      assertThat(calendario.feriados(2021, "05101"))
          .extracting(Feriado::fecha)
          .doesNotContain(fecha("2021-06-13"));
      assertThat(calendario.feriados(2024, "13101"))
          .extracting(Feriado::fecha)
          .contains(fecha("2024-11-24"));
      assertThat(calendario.feriados(2024, "16101"))
          .extracting(Feriado::fecha)
          .doesNotContain(fecha("2024-11-24"));
    }

    @Test
    void losFeriadosRegionalesRigenDesdeSuLey() {
      assertThat(calendario.feriados(2012, "15101")).noneMatch(Feriado::regional);
      assertThat(calendario.feriados(2013, "15101")).anyMatch(Feriado::regional);
      assertThat(calendario.feriados(2013, "16101")).noneMatch(Feriado::regional);
      assertThat(calendario.feriados(2014, "16101")).anyMatch(Feriado::regional);
    }

    @Test
    void todoElRangoSoportadoSeCalculaYQuedaOrdenado() {
      for (int anio = CalendarioService.ANIO_MINIMO;
          anio <= CalendarioService.ANIO_MAXIMO;
          anio++) {
        int esteAnio = anio;
        assertThat(calendario.feriados(anio, LA_SERENA))
            .as("feriados de %d", anio)
            .hasSizeGreaterThanOrEqualTo(14)
            .isSortedAccordingTo(Comparator.comparing(Feriado::fecha))
            .allMatch(feriado -> feriado.fecha().getYear() == esteAnio);
      }
    }
  }

  @Nested
  class DatosInvalidos {

    @Test
    void anioFueraDeRango() {
      assertThatThrownBy(() -> calendario.feriados(1999, null))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("El año 1999 está fuera del rango que cubre el calendario (2000 a 2100).");
      assertThatThrownBy(() -> calendario.isDiaHabil(fecha("2101-01-03"), null))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("2101");
    }

    @ParameterizedTest
    @ValueSource(ints = {3651, -3651, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void demasiadosDias(int dias) {
      assertThatThrownBy(() -> calendario.addDiasHabiles(fecha("2026-01-05"), dias, null))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "La cantidad de días hábiles debe estar entre -3650 y 3650; se recibió "
                  + dias
                  + ".");
    }

    @Test
    void plazoQueTerminaFueraDelRango() {
      assertThatThrownBy(() -> calendario.addDiasHabiles(fecha("2100-12-28"), 5, null))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "El plazo termina fuera del rango que cubre el calendario (años 2000 a 2100).");
    }

    @Test
    void fechaObligatoria() {
      assertThatThrownBy(() -> calendario.addDiasHabiles(null, 5, null))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("La fecha «desde» es obligatoria.");
      assertThatThrownBy(() -> calendario.isDiaHabil(null, null))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("La fecha «fecha» es obligatoria.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"4101", "041011", "La Serena", "00101", "17101", "99101"})
    void comunaQueNoEsUnCodigoCut(String comuna) {
      assertThatThrownBy(() -> calendario.isDiaHabil(fecha("2026-01-05"), comuna))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "El código de comuna «"
                  + comuna
                  + "» no es válido: debe ser el código CUT de 5 dígitos, por ejemplo 04101 para La Serena.");
    }
  }
}
