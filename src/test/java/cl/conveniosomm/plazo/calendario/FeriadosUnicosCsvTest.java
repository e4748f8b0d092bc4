package cl.conveniosomm.plazo.calendario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeriadosUnicosCsvTest {

  private static List<FeriadoTerritorial> leer(String csv) throws Exception {
    return FeriadosUnicosCsv.leer(new StringReader(csv), "prueba.csv");
  }

  @Test
  void leeComentariosComillasYAlcances() throws Exception {
    List<FeriadoTerritorial> feriados =
        leer(
            """
        # comentario
        fecha,nombre,fundamento_legal,alcance

        2017-11-19,"Elecciones presidencial, parlamentarias y de consejeros regionales",Ley 18.700,nacional
        2023-09-20,Fiesta de La Pampilla,Ley 21.609,regiones:04
        2020-01-01,\"Nombre con \"\"comillas\"\"\",Ley 1,comunas:04101
        """);

    assertThat(feriados).hasSize(3);
    assertThat(feriados.get(0).nombre())
        .isEqualTo("Elecciones presidencial, parlamentarias y de consejeros regionales");
    assertThat(feriados.get(0).alcance().esNacional()).isTrue();
    assertThat(feriados.get(1).fecha()).isEqualTo(LocalDate.of(2023, 9, 20));
    assertThat(feriados.get(1).alcance().rigeEn("04101")).isTrue();
    assertThat(feriados.get(2).nombre()).isEqualTo("Nombre con \"comillas\"");
  }

  @Test
  void elArchivoDelProyectoSeLeeEntero() {
    List<FeriadoTerritorial> feriados =
        FeriadosUnicosCsv.leerRecurso(CatalogoFeriados.FERIADOS_UNICOS);

    assertThat(feriados)
        .isNotEmpty()
        .allSatisfy(
            feriado -> {
              assertThat(feriado.nombre()).isNotBlank();
              assertThat(feriado.fundamentoLegal()).startsWith("Ley ");
            });
  }

  @Test
  void erroresConLineaYMotivo() {
    assertThatThrownBy(() -> leer("fecha;nombre\n"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "Archivo de feriados «prueba.csv», línea 1: se esperaba el encabezado «"
                + FeriadosUnicosCsv.ENCABEZADO
                + "».");
    assertThatThrownBy(
            () ->
                leer(
                    FeriadosUnicosCsv.ENCABEZADO + "\n19-11-2017,Elecciones,Ley 18.700,nacional\n"))
        .hasMessage(
            "Archivo de feriados «prueba.csv», línea 2: la fecha «19-11-2017» no tiene el formato AAAA-MM-DD.");
    assertThatThrownBy(
            () -> leer(FeriadosUnicosCsv.ENCABEZADO + "\n2017-11-19,Elecciones,nacional\n"))
        .hasMessage("Archivo de feriados «prueba.csv», línea 2: se esperaban 4 columnas y hay 3.");
    assertThatThrownBy(
            () ->
                leer(
                    FeriadosUnicosCsv.ENCABEZADO
                        + "\n2017-11-19,\"Elecciones,Ley 18.700,nacional\n"))
        .hasMessage("Archivo de feriados «prueba.csv», línea 2: hay comillas sin cerrar.");
    assertThatThrownBy(
            () -> leer(FeriadosUnicosCsv.ENCABEZADO + "\n2017-11-19,Elecciones,Ley 18.700,país\n"))
        .hasMessageStartingWith(
            "Archivo de feriados «prueba.csv», línea 2: Alcance territorial no válido: «país».");
  }
}
