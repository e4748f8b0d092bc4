package cl.conveniosomm.decreto.borrador;

import static org.assertj.core.api.Assertions.assertThat;

import cl.conveniosomm.decreto.CodigoVerificacion;
import cl.conveniosomm.decreto.DecretoFirmaRepository;
import cl.conveniosomm.documento.DocumentoService;
import cl.conveniosomm.support.DemoApplicationTest;
import cl.conveniosomm.support.SemillaLaSerena;
import cl.conveniosomm.system.texto.PdfArchivo;
import cl.conveniosomm.system.texto.ValidadorPdfA;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The golden test of the decreto: La Serena's approval replayed, its draft printed to PDF and read
 * back, against the text of the real Decreto N° 378 with exactly the differences docs/decreto.md
 * lists and explains (whitespace normalised). A change to the wording, or a listed difference that
 * no longer applies, fails it.
 */
class DecretoComoElDeLaSerenaTest extends DemoApplicationTest {

  private static final String CONVENIO = "04101-2016-12-19";
  private static final Path DIFERENCIAS = Path.of("docs", "decreto.md");

  @Autowired ProcessEngine processEngine;
  @Autowired DocumentoService documentos;
  @Autowired BorradorDecretoService borradores;
  @Autowired DocumentoDecreto documentoDecreto;
  @Autowired DecretoFirmaRepository registro;

  record Diferencia(String semilla, String borrador, String porque) {}

  @BeforeEach
  void semilla() {
    SemillaLaSerena.asegurar(processEngine, documentos, CONVENIO);
  }

  @Test
  void theDraftReadsAsDecreto378WithTheDocumentedDifferencesOnly() throws IOException {
    byte[] pdf = documentoDecreto.pdf(borradores.redactar(CONVENIO, "04101"));
    // at the foot of every page, the code that finds it on the public verification page
    String pie =
        "Código de verificación "
            + CodigoVerificacion.impreso(registro.codigo(CONVENIO))
            + ". Verifique este decreto en http://localhost:8080/verificar.html ";
    String completo = textoDelPdf(pdf) + " ";
    assertThat(ocurrencias(completo, pie)).isEqualTo(paginas(pdf));
    String texto = completo.replace(pie, "").strip();
    String esperado = normalizar(decreto378());
    List<Diferencia> diferencias = diferencias();
    assertThat(diferencias).as("the table in docs/decreto.md").hasSizeGreaterThan(5);
    for (Diferencia diferencia : diferencias) {
      String semilla = normalizar(diferencia.semilla());
      assertThat(ocurrencias(esperado, semilla))
          .as("«%s» appears once in Decreto N° 378", semilla)
          .isEqualTo(1);
      esperado = esperado.replace(semilla, normalizar(diferencia.borrador()));
    }

    assertThat(texto)
        .startsWith(
            "ILUSTRE MUNICIPALIDAD DE LA SERENA SECRETARÍA MUNICIPAL DECRETO N° 378 "
                + "LA SERENA, 16 de marzo de 2017 ");
    assertThat(texto.substring(texto.indexOf("VISTOS Y CONSIDERANDO:"))).isEqualTo(esperado);
    System.out.printf(
        "Decreto de La Serena: igual al N° 378 salvo %d diferencias documentadas en %s%n",
        diferencias.size(), DIFERENCIAS);
  }

  @Test
  void theDecretoIsAnArchivalPdfWithEveryFontEmbedded() throws IOException {
    byte[] pdf = documentoDecreto.pdf(borradores.redactar(CONVENIO, "04101"));

    assertThat(ValidadorPdfA.incumplimientos(pdf)).as("veraPDF, PDF/A-2b").isEmpty();
    assertThat(PdfArchivo.fuentes(pdf))
        .isNotEmpty()
        .allMatch(org.apache.pdfbox.pdmodel.font.PDFont::isEmbedded);
  }

  @Test
  void theDocxCarriesTheSameText() throws IOException {
    BorradorDecreto borrador = borradores.redactar(CONVENIO, "04101");
    try (var docx =
        new org.apache.poi.xwpf.usermodel.XWPFDocument(
            new java.io.ByteArrayInputStream(documentoDecreto.docx(borrador)))) {
      String texto =
          normalizar(
              docx.getParagraphs().stream()
                  .map(p -> p.getText())
                  .reduce("", (a, b) -> a + " " + b));
      assertThat(texto)
          .contains(normalizar(borrador.parrafoVistos()))
          .contains("1.- " + borrador.puntos().get(0))
          .contains("LUIGIANO MALUENDA VILLEGAS SECRETARIO MUNICIPAL")
          .contains("ROBERTO JACOB JURE ALCALDE DE LA SERENA")
          .endsWith("- Oficina de Partes - RJJ/LMV/MRS/mscg.");
    }
  }

  private static String textoDelPdf(byte[] pdf) throws IOException {
    Files.write(Path.of("target", "decreto-la-serena.pdf"), pdf); // for people to look at
    try (var documento = Loader.loadPDF(pdf)) {
      return normalizar(new PDFTextStripper().getText(documento));
    }
  }

  private static String decreto378() throws IOException {
    try (var in =
        DecretoComoElDeLaSerenaTest.class.getResourceAsStream(
            "/decreto/decreto-378-la-serena.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(linea -> !linea.startsWith("#"))
          .reduce("", (a, b) -> a + "\n" + b);
    }
  }

  /** The rows of the table under «Diferencias con el Decreto N° 378». */
  static List<Diferencia> diferencias() throws IOException {
    List<Diferencia> filas = new ArrayList<>();
    boolean enLaTabla = false;
    for (String linea : Files.readAllLines(DIFERENCIAS)) {
      if (linea.startsWith("## ")) {
        enLaTabla = linea.startsWith("## Diferencias con el Decreto N° 378");
      } else if (enLaTabla
          && linea.startsWith("| ")
          && !linea.startsWith("| El Decreto")
          && !linea.startsWith("| ---")) {
        String[] celdas = linea.substring(2, linea.length() - 2).split(" \\| ");
        assertThat(celdas).as(linea).hasSize(3);
        filas.add(new Diferencia(celdas[0], celdas[1], celdas[2]));
      }
    }
    return filas;
  }

  private static int paginas(byte[] pdf) throws IOException {
    try (var documento = Loader.loadPDF(pdf)) {
      return documento.getNumberOfPages();
    }
  }

  private static int ocurrencias(String texto, String parte) {
    int n = 0;
    for (int i = texto.indexOf(parte); i >= 0; i = texto.indexOf(parte, i + 1)) {
      n++;
    }
    return n;
  }

  private static String normalizar(String texto) {
    return texto.replace('\u00a0', ' ').replaceAll("\\s+", " ").trim();
  }
}
