package cl.conveniosomm.decreto.firma;

import static org.assertj.core.api.Assertions.assertThat;

import cl.conveniosomm.decreto.DecretoFirmaRepository.NumeroFirmado;
import cl.conveniosomm.support.BorradoresDePrueba;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FirmaDeTareaTest {

  private static final Instant FIRMADO = Instant.parse("2017-03-16T15:30:00Z");

  @Test
  void theMinistroDeFesBlockCarriesTheNumberAndDateSheGaveTheDecretoAndItsPrintedCode() {
    BloqueFirma bloque =
        FirmaDeTarea.bloque(
            TurnoDeFirma.MINISTRO_DE_FE,
            BorradoresDePrueba.LA_SERENA,
            new NumeroFirmado("378", LocalDate.of(2017, 3, 16)));

    assertThat(bloque.orden()).isEqualTo(2);
    assertThat(bloque.lineas(FIRMADO))
        .containsExactly(
            "Firmado electrónicamente por",
            "LUIGIANO MALUENDA VILLEGAS",
            "SECRETARIO MUNICIPAL, ministro de fe",
            "Decreto N° 378 de 16-03-2017",
            "16-03-2017 12:30:00 hora de Chile",
            "Código de verificación: 7K2M-9QXR-4TDA");
  }

  @Test
  void theAlcaldesBlockSaysTheDecretoIsNotNumberedYet() {
    BloqueFirma bloque =
        FirmaDeTarea.bloque(TurnoDeFirma.ALCALDE, BorradoresDePrueba.LA_SERENA, null);

    assertThat(bloque.orden()).isEqualTo(1);
    assertThat(bloque.lineas(FIRMADO))
        .contains(
            "ROBERTO JACOB JURE",
            "ALCALDE DE LA SERENA",
            "Decreto alcaldicio, antes de su numeración",
            "Código de verificación: 7K2M-9QXR-4TDA");
  }
}
