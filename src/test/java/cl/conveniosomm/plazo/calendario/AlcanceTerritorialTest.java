package cl.conveniosomm.plazo.calendario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AlcanceTerritorialTest {

  @Test
  void nacionalRigeEnTodasPartesIncluidoSinComuna() {
    AlcanceTerritorial nacional = AlcanceTerritorial.desdeTexto("nacional");

    assertThat(nacional.esNacional()).isTrue();
    assertThat(nacional.rigeEn(null)).isTrue();
    assertThat(nacional.rigeEn("04101")).isTrue();
  }

  @Test
  void regionProvinciaYComuna() {
    AlcanceTerritorial alcance =
        AlcanceTerritorial.desdeTexto("regiones:12 | provincias:102 | comunas:16101;16103");

    assertThat(alcance.esNacional()).isFalse();
    assertThat(alcance.rigeEn("12101")).isTrue();
    assertThat(alcance.rigeEn("10201")).isTrue();
    assertThat(alcance.rigeEn("16103")).isTrue();
    assertThat(alcance.rigeEn("10101")).isFalse();
    assertThat(alcance.rigeEn("16102")).isFalse();
    assertThat(alcance.rigeEn(null)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "region:04",
        "regiones:4",
        "provincias:1021",
        "comunas:16101;x",
        "regiones",
        "todo"
      })
  void textoMalEscrito(String texto) {
    assertThatThrownBy(() -> AlcanceTerritorial.desdeTexto(texto))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Alcance territorial no válido: «" + texto + "».");
  }
}
