package cl.conveniosomm.municipio.catalogo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CatalogoComunasTest {

  private static final CatalogoComunas CATALOGO = new CatalogoComunas();

  private static List<Comuna> leer(String csv) throws Exception {
    return CatalogoComunas.leer(new StringReader(csv), "prueba.csv");
  }

  @Test
  void tieneLas346Comunas() {
    assertThat(CATALOGO.todas()).hasSize(346);
  }

  @ParameterizedTest(name = "región {0} ({1}): {2} comunas")
  @CsvSource(
      delimiter = ';',
      textBlock =
          """
      15; Arica y Parinacota; 4
      01; Tarapacá; 7
      02; Antofagasta; 9
      03; Atacama; 9
      04; Coquimbo; 15
      05; Valparaíso; 38
      13; Metropolitana de Santiago; 52
      06; Libertador General Bernardo O'Higgins; 33
      07; Maule; 30
      16; Ñuble; 21
      08; Biobío; 33
      09; La Araucanía; 32
      14; Los Ríos; 12
      10; Los Lagos; 30
      11; Aysén del General Carlos Ibáñez del Campo; 10
      12; Magallanes y de la Antártica Chilena; 11
      """)
  void cantidadDeComunasPorRegion(String regionCodigo, String regionNombre, int cantidad) {
    assertThat(CATALOGO.deRegion(regionCodigo))
        .hasSize(cantidad)
        .allSatisfy(comuna -> assertThat(comuna.regionNombre()).isEqualTo(regionNombre));
    assertThat(CATALOGO.regiones()).contains(new Region(regionCodigo, regionNombre));
  }

  @Test
  void tieneLas16RegionesOrdenadasPorCodigo() {
    assertThat(CATALOGO.regiones()).hasSize(16);
    assertThat(CATALOGO.regiones())
        .extracting(Region::codigo)
        .containsExactly(
            "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14",
            "15", "16");
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      textBlock =
          """
      04101, La Serena, 04, Coquimbo
      04102, Coquimbo, 04, Coquimbo
      04103, Andacollo, 04, Coquimbo
      04104, La Higuera, 04, Coquimbo
      04105, Paiguano, 04, Coquimbo
      04106, Vicuña, 04, Coquimbo
      04201, Illapel, 04, Coquimbo
      04202, Canela, 04, Coquimbo
      04203, Los Vilos, 04, Coquimbo
      04204, Salamanca, 04, Coquimbo
      04301, Ovalle, 04, Coquimbo
      04302, Combarbalá, 04, Coquimbo
      04303, Monte Patria, 04, Coquimbo
      04304, Punitaqui, 04, Coquimbo
      04305, Río Hurtado, 04, Coquimbo
      13101, Santiago, 13, Metropolitana de Santiago
      16101, Chillán, 16, Ñuble
      16103, Chillán Viejo, 16, Ñuble
      15101, Arica, 15, Arica y Parinacota
      15102, Camarones, 15, Arica y Parinacota
      15201, Putre, 15, Arica y Parinacota
      15202, General Lagos, 15, Arica y Parinacota
      """)
  void codigosConocidos(String codigo, String nombre, String regionCodigo, String regionNombre) {
    assertThat(CATALOGO.porCodigo(codigo))
        .contains(new Comuna(codigo, nombre, regionCodigo, regionNombre));
  }

  @Test
  void coquimboTieneExactamenteSusQuinceComunas() {
    assertThat(CATALOGO.deRegion("04"))
        .extracting(Comuna::codigo)
        .containsExactly(
            "04101", "04102", "04103", "04104", "04105", "04106", "04201", "04202", "04203",
            "04204", "04301", "04302", "04303", "04304", "04305");
  }

  @Test
  void codigoDesconocidoOVacio() {
    assertThat(CATALOGO.porCodigo("99999")).isEmpty();
    assertThat(CATALOGO.porCodigo(null)).isEmpty();
    assertThat(CATALOGO.porCodigo(" 13101 ")).map(Comuna::nombre).contains("Santiago");
    assertThat(CATALOGO.deRegion("17")).isEmpty();
    assertThat(CATALOGO.deRegion(null)).isEmpty();
  }

  @Test
  void cadaCodigoEmpiezaConSuRegionYTieneCincoDigitos() {
    assertThat(CATALOGO.todas())
        .allSatisfy(
            comuna -> {
              assertThat(comuna.codigo()).matches("\\d{5}");
              assertThat(comuna.codigo().substring(0, 2)).isEqualTo(comuna.regionCodigo());
              assertThat(comuna.nombre()).isNotBlank().isEqualTo(comuna.nombre().strip());
            });
  }

  @Test
  void todasOrdenadasPorCodigoYSinRepetir() {
    List<String> codigos = CATALOGO.todas().stream().map(Comuna::codigo).toList();
    assertThat(codigos).isSorted().doesNotHaveDuplicates();
  }

  @Test
  void nombresUnicosDentroDeCadaRegion() {
    Map<String, List<String>> nombresPorRegion =
        CATALOGO.todas().stream()
            .collect(
                Collectors.groupingBy(
                    Comuna::regionCodigo, Collectors.mapping(Comuna::nombre, Collectors.toList())));
    assertThat(nombresPorRegion)
        .allSatisfy(
            (region, nombres) ->
                assertThat(nombres).as("región %s", region).doesNotHaveDuplicates());
  }

  @Test
  void lasListasNoSeModifican() {
    assertThatThrownBy(() -> CATALOGO.todas().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> CATALOGO.regiones().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> CATALOGO.deRegion("04").clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void leeComentariosLineasVaciasYBom() throws Exception {
    List<Comuna> comunas =
        leer(
            """
        \uFEFF# Fuente: prueba
        codigo,nombre,region_codigo,region_nombre

        # comentario intermedio
        04101,La Serena,04,Coquimbo
        16101,Chillán,16,Ñuble
        """);

    assertThat(comunas)
        .containsExactly(
            new Comuna("04101", "La Serena", "04", "Coquimbo"),
            new Comuna("16101", "Chillán", "16", "Ñuble"));
  }

  @Test
  void archivoMalFormadoFallaConMensajeClaro() {
    String encabezado = CatalogoComunas.ENCABEZADO + "\n";
    assertThatThrownBy(() -> leer("codigo;nombre\n"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "Comunas file 'prueba.csv', line 1: expected header '"
                + CatalogoComunas.ENCABEZADO
                + "'.");
    assertThatThrownBy(() -> leer("# solo comentarios\n"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("has no header");
    assertThatThrownBy(() -> leer(encabezado + "04101,La Serena,04\n"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Comunas file 'prueba.csv', line 2: expected 4 columns but found 3.");
    assertThatThrownBy(() -> leer(encabezado + "04101,La Serena,04,Coquimbo,extra\n"))
        .hasMessage("Comunas file 'prueba.csv', line 2: expected 4 columns but found 5.");
    assertThatThrownBy(
            () -> leer(encabezado + "04101,La Serena,04,Coquimbo\n04101,Coquimbo,04,Coquimbo\n"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "Comunas file 'prueba.csv', line 3: duplicate code 04101 (first seen on line 2).");
    assertThatThrownBy(() -> leer(encabezado + "4101,La Serena,04,Coquimbo\n"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Comunas file 'prueba.csv', line 2: code '4101' is not 5 digits.");
    assertThatThrownBy(() -> leer(encabezado + "0410A,La Serena,04,Coquimbo\n"))
        .hasMessage("Comunas file 'prueba.csv', line 2: code '0410A' is not 5 digits.");
    assertThatThrownBy(() -> leer(encabezado + "04101,La Serena,05,Coquimbo\n"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "Comunas file 'prueba.csv', line 2: region code 05 does not match the first two digits of"
                + " code 04101.");
    assertThatThrownBy(() -> leer(encabezado + "04101,La Serena,4,Coquimbo\n"))
        .hasMessage("Comunas file 'prueba.csv', line 2: region code '4' is not 2 digits.");
    assertThatThrownBy(() -> leer(encabezado + "04101,,04,Coquimbo\n"))
        .hasMessage("Comunas file 'prueba.csv', line 2: comuna name and region name are required.");
    assertThatThrownBy(
            () -> leer(encabezado + "04101,La Serena,04,Coquimbo\n04102,Coquimbo,04,IV Región\n"))
        .hasMessage(
            "Comunas file 'prueba.csv', line 3: region 04 is named 'IV Región' but earlier lines call it"
                + " 'Coquimbo'.");
  }

  @Test
  void recursoInexistente() {
    assertThatThrownBy(() -> CatalogoComunas.leerRecurso("catalogo/no-existe.csv"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Comunas file 'catalogo/no-existe.csv' not found on the classpath.");
  }
}
