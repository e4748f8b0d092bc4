package cl.conveniosomm.plazo.recordatorio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cl.conveniosomm.plazo.calendario.CalendarioService;
import cl.conveniosomm.plazo.calendario.CatalogoFeriados;
import cl.conveniosomm.plazo.recordatorio.PasoRecordatorio.Tipo;
import cl.conveniosomm.system.config.InvalidSettingsException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class EscaleraRecordatoriosTest {

  private static final String LA_SERENA = "04101";

  /** Friday 10 July 2026; Monday 29 June and Thursday 16 July 2026 are holidays. */
  private static final LocalDate VENCE = LocalDate.of(2026, 7, 10);

  private final EscaleraRecordatorios escalera =
      new EscaleraRecordatorios(
          new RecordatoriosProperties(null, null, null, null, null, null, null),
          new CalendarioService(new CatalogoFeriados()));

  @Test
  void defaultLadderFallsOnDiasHabilesSkippingHolidays() {
    List<PasoRecordatorio> pasos =
        IntStream.rangeClosed(1, 5)
            .mapToObj(n -> escalera.paso(n, VENCE, LA_SERENA).orElseThrow())
            .toList();

    assertThat(pasos)
        .extracting(PasoRecordatorio::fecha)
        .containsExactly(
            LocalDate.of(2026, 6, 25),
            LocalDate.of(2026, 7, 7),
            VENCE,
            LocalDate.of(2026, 7, 20),
            LocalDate.of(2026, 7, 27));
    assertThat(pasos)
        .extracting(PasoRecordatorio::tipo)
        .containsExactly(Tipo.PREVIO, Tipo.PREVIO, Tipo.DIA, Tipo.VENCIDO, Tipo.VENCIDO);
    assertThat(pasos).extracting(PasoRecordatorio::diasHabiles).containsExactly(10, 3, 0, -5, -10);
    assertThat(pasos)
        .extracting(PasoRecordatorio::escalado)
        .containsExactly(false, false, false, true, true);
    assertThat(pasos.get(0).instante())
        .isEqualTo(
            LocalDate.of(2026, 6, 25)
                .atTime(9, 0)
                .atZone(ZoneId.of("America/Santiago"))
                .toInstant());
  }

  @Test
  void missedStepsCollapseIntoTheLatestOne() {
    var abierto = instant(LocalDate.of(2026, 6, 1));
    var ahora = instant(LocalDate.of(2026, 7, 8));

    assertThat(escalera.siguiente(0, VENCE, LA_SERENA, abierto, ahora))
        .get()
        .extracting(PasoRecordatorio::numero)
        .isEqualTo(2);
    assertThat(escalera.siguiente(2, VENCE, LA_SERENA, abierto, ahora))
        .get()
        .extracting(PasoRecordatorio::numero)
        .isEqualTo(3);
  }

  @Test
  void stepsAlreadyPastWhenTheDeadlineOpensAreSkipped() {
    var abierto = instant(LocalDate.of(2026, 7, 1));

    assertThat(escalera.siguiente(0, VENCE, LA_SERENA, abierto, abierto))
        .get()
        .extracting(PasoRecordatorio::fecha)
        .isEqualTo(LocalDate.of(2026, 7, 7));
  }

  private static java.time.Instant instant(LocalDate day) {
    return day.atTime(12, 0).atZone(ZoneId.of("America/Santiago")).toInstant();
  }

  @Test
  void aLadderWithoutOverdueNoticesEndsOnTheDay() {
    var sinVencidos =
        new EscaleraRecordatorios(
            new RecordatoriosProperties(List.of(2), true, 0, LocalTime.NOON, null, null, null),
            new CalendarioService(new CatalogoFeriados()));

    assertThat(sinVencidos.paso(2, VENCE, LA_SERENA))
        .get()
        .extracting(PasoRecordatorio::tipo)
        .isEqualTo(Tipo.DIA);
    assertThat(sinVencidos.paso(3, VENCE, LA_SERENA)).isEmpty();
  }

  @Test
  void refusesImpossibleLadders() {
    assertThatThrownBy(
            () -> new RecordatoriosProperties(List.of(10, -3), true, 5, null, null, null, null))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageContaining("omm.recordatorios.dias-antes");
    assertThatThrownBy(
            () -> new RecordatoriosProperties(List.of(), false, 0, null, null, null, null))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageContaining("ningún paso");
    assertThatThrownBy(
            () -> new RecordatoriosProperties(List.of(3, 3), true, 5, null, null, null, null))
        .hasMessageContaining("repite");
    assertThatThrownBy(
            () -> new RecordatoriosProperties(List.of(3), true, -1, null, null, null, null))
        .hasMessageContaining("cada-dias-vencido");
    assertThatThrownBy(
            () ->
                new RecordatoriosProperties(
                    null, null, null, null, java.time.Duration.ZERO, null, null))
        .hasMessageContaining("omm.recordatorios.intervalo");
    assertThatThrownBy(() -> new RecordatoriosProperties(null, null, null, null, null, 0, null))
        .hasMessageContaining("omm.recordatorios.lote");
  }
}
