package cl.conveniosomm.plazo.calendario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeriadosPermanentesTest {

  @ParameterizedTest(name = "Ley 19.668: {0} → {1}")
  @CsvSource({
    "2026-06-29, 2026-06-29", // Monday: stays
    "2021-06-29, 2021-06-28", // Tuesday: that week's Monday
    "2022-06-29, 2022-06-27", // Wednesday
    "2017-06-29, 2017-06-26", // Thursday
    "2018-06-29, 2018-07-02", // Friday: following Monday
    "2024-06-29, 2024-06-29", // Saturday: stays
    "2025-06-29, 2025-06-29"
  }) // Sunday: stays
  void sanPedroYSanPabloYDosMundosSeTrasladanAlLunes(LocalDate original, LocalDate observado) {
    assertThat(FeriadosPermanentes.trasladoLey19668(original)).isEqualTo(observado);
  }

  @ParameterizedTest(name = "Ley 20.299: {0} → {1}")
  @CsvSource({
    "2022-10-31, 2022-10-31", // Monday
    "2017-10-31, 2017-10-27", // Tuesday: previous Friday
    "2018-10-31, 2018-11-02", // Wednesday: following Friday
    "2024-10-31, 2024-10-31", // Thursday
    "2025-10-31, 2025-10-31", // Friday
    "2026-10-31, 2026-10-31", // Saturday
    "2021-10-31, 2021-10-31"
  }) // Sunday
  void iglesiasEvangelicasSeTrasladaSoloSiCaeMartesOMiercoles(
      LocalDate original, LocalDate observado) {
    assertThat(FeriadosPermanentes.trasladoLey20299(original)).isEqualTo(observado);
  }

  @Test
  void feriadosQueDejaronDeExistirOEmpezaronDespuesDel2000() {
    assertThat(nombres(2006)).contains("Corpus Christi").doesNotContain("Virgen del Carmen");
    assertThat(nombres(2007))
        .contains("Virgen del Carmen")
        .doesNotContain(
            "Corpus Christi", "Día Nacional de las Iglesias Evangélicas y Protestantes");
    assertThat(nombres(2008)).contains("Día Nacional de las Iglesias Evangélicas y Protestantes");
    assertThat(nombres(2001)).contains("Día de la Unidad Nacional");
    assertThat(nombres(2002)).doesNotContain("Día de la Unidad Nacional");
    assertThat(nombres(2020)).doesNotContain("Día Nacional de los Pueblos Indígenas");
  }

  @Test
  void corpusChristiSeObservabaElLunesDeSuSemana() {
    // 2006: Easter on 16 April, Corpus Christi on Thursday 15 June, observed on Monday 12.
    assertThat(FeriadosPermanentes.delAnio(2006))
        .filteredOn(f -> f.nombre().equals("Corpus Christi"))
        .extracting(FeriadoTerritorial::fecha)
        .containsExactly(LocalDate.of(2006, 6, 12));
  }

  @Test
  void elTreintaYUnoDeDiciembreNuncaEsFeriado() {
    for (int anio = 2000; anio <= 2100; anio++) {
      LocalDate nocheVieja = LocalDate.of(anio, 12, 31);
      assertThat(FeriadosPermanentes.delAnio(anio))
          .extracting(FeriadoTerritorial::fecha)
          .doesNotContain(nocheVieja);
    }
  }

  private static List<String> nombres(int anio) {
    return FeriadosPermanentes.delAnio(anio).stream().map(FeriadoTerritorial::nombre).toList();
  }
}
