package cl.conveniosomm.plazo.calendario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PascuaTest {

  @ParameterizedTest
  @CsvSource({
    "2000, 2000-04-23",
    "2008, 2008-03-23",
    "2017, 2017-04-16",
    "2021, 2021-04-04",
    "2022, 2022-04-17",
    "2023, 2023-04-09",
    "2024, 2024-03-31",
    "2025, 2025-04-20",
    "2026, 2026-04-05",
    "2038, 2038-04-25"
  })
  void domingoDeResurreccion(int anio, LocalDate domingo) {
    assertThat(Pascua.domingoDeResurreccion(anio)).isEqualTo(domingo);
  }
}
