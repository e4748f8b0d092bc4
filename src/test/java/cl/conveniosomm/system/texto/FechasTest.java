package cl.conveniosomm.system.texto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A typed date means what a Chilean means by it: day first, never month first. */
class FechasTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "04/11/2026",
        "04-11-2026",
        "4/11/2026",
        "4-11-2026",
        " 04/11/2026 ",
        "2026-11-04",
        "2026-11-04T00:00:00.000-0300"
      })
  void aTypedDateIsReadDayFirstAndIsoStillReadsAsIso(String escrita) {
    assertThat(Fechas.leer(escrita)).isEqualTo(LocalDate.of(2026, 11, 4));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      31-02-2026 | «31-02-2026» no es una fecha del calendario: el día 31 del mes 2 de 2026 no existe.
      13-13-2026 | «13-13-2026» no es una fecha del calendario: el día 13 del mes 13 de 2026 no existe.
      29/02/2026 | «29/02/2026» no es una fecha del calendario: el día 29 del mes 2 de 2026 no existe.
      2026-02-30 | «2026-02-30» no es una fecha del calendario: el día 30 del mes 2 de 2026 no existe.
      04/11-2026 | «04/11-2026» no es una fecha: escríbala día-mes-año (dd-mm-aaaa), por ejemplo 04-11-2026.
      11/2026    | «11/2026» no es una fecha: escríbala día-mes-año (dd-mm-aaaa), por ejemplo 04-11-2026.
      04-11-26   | «04-11-26» no es una fecha: escríbala día-mes-año (dd-mm-aaaa), por ejemplo 04-11-2026.
      hoy        | «hoy» no es una fecha: escríbala día-mes-año (dd-mm-aaaa), por ejemplo 04-11-2026.
      """)
  void anImpossibleOrUnreadableDateIsRefusedInSpanish(String escrita, String mensaje) {
    assertThatThrownBy(() -> Fechas.leer(escrita))
        .isInstanceOf(DateTimeParseException.class)
        .hasMessage(mensaje);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"29-02-2024", "31-12-2026", "01-01-2000"})
  void realCalendarDatesAreTaken(String escrita) {
    assertThat(Fechas.corta(Fechas.leer(escrita))).isEqualTo(escrita);
  }
}
