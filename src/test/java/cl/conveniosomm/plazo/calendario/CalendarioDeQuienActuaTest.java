package cl.conveniosomm.plazo.calendario;

import static org.assertj.core.api.Assertions.assertThat;

import cl.conveniosomm.municipio.catalogo.CatalogoComunas;
import cl.conveniosomm.municipio.catalogo.SedesSernameg;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A deadline counts the holidays of where the party that must act is (docs/plazos.md): SERNAMEG in
 * its regional office, the municipality in its comuna; and the single-year holidays the laws
 * declared.
 */
class CalendarioDeQuienActuaTest {

  private static final CalendarioService CALENDARIO = new CalendarioService(new CatalogoFeriados());
  private static final SedesSernameg SEDES = new SedesSernameg(new CatalogoComunas());

  @Test
  void inNubleSernamegCountsChillansHolidayButSanCarlosDoesNot() {
    String sanCarlos = "16301";
    String sede = SEDES.sedeDe(sanCarlos);
    LocalDate vispera = LocalDate.of(2026, 8, 19);

    assertThat(sede).as("SERNAMEG Ñuble works in Chillán").isEqualTo("16101");
    assertThat(CALENDARIO.addDiasHabiles(vispera, 1, sede))
        .as("20 August, Nacimiento del Prócer, in Chillán")
        .isEqualTo(LocalDate.of(2026, 8, 21));
    assertThat(CALENDARIO.addDiasHabiles(vispera, 1, sanCarlos))
        .as("a working day in San Carlos")
        .isEqualTo(LocalDate.of(2026, 8, 20));
  }

  @Test
  void inAricaYParinacotaTheMorroHolidayCountsForBothParties() {
    String putre = "15201";
    String sede = SEDES.sedeDe(putre);
    LocalDate vispera = LocalDate.of(2027, 6, 4);

    assertThat(sede).isEqualTo("15101");
    assertThat(CALENDARIO.isDiaHabil(LocalDate.of(2027, 6, 7), putre)).isFalse();
    assertThat(CALENDARIO.addDiasHabiles(vispera, 1, sede))
        .isEqualTo(CALENDARIO.addDiasHabiles(vispera, 1, putre))
        .isEqualTo(LocalDate.of(2027, 6, 8));
  }

  @Test
  void everyComunaHasTheSeatOfItsOwnRegion() {
    new CatalogoComunas()
        .todas()
        .forEach(
            comuna ->
                assertThat(SEDES.sedeDe(comuna.codigo()))
                    .as(comuna.nombre())
                    .startsWith(comuna.regionCodigo()));
    assertThat(SEDES.sedeDe("04999")).isNull();
  }

  @Test
  void theCensusAndThePapalVisitAreHolidaysWhereTheLawsSaid() {
    assertThat(CALENDARIO.isDiaHabil(LocalDate.of(2017, 4, 19), null))
        .as("Censo 2017, Ley 17.374 art. 44")
        .isFalse();
    assertThat(CALENDARIO.isDiaHabil(LocalDate.of(2018, 1, 16), "13101")).isFalse();
    assertThat(CALENDARIO.isDiaHabil(LocalDate.of(2018, 1, 17), "09101")).as("Temuco").isFalse();
    assertThat(CALENDARIO.isDiaHabil(LocalDate.of(2018, 1, 18), "01101")).as("Iquique").isFalse();
    assertThat(CALENDARIO.isDiaHabil(LocalDate.of(2018, 1, 18), "04101")).as("La Serena").isTrue();
    assertThat(CALENDARIO.isDiaHabil(LocalDate.of(2018, 1, 17), "13101")).as("Santiago").isTrue();
  }
}
