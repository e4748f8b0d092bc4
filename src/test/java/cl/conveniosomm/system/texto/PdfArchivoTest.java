package cl.conveniosomm.system.texto;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.xmpbox.XMPMetadata;
import org.junit.jupiter.api.Test;

/**
 * Every PDF the system prints is PDF/A-2b, as veraPDF judges it, with every font embedded, even
 * from a template that asks for fonts nobody ships; and the validator does fail a PDF that is not.
 */
class PdfArchivoTest {

  private static final String PAGINA =
      """
      <!DOCTYPE html><html lang="es"><head><meta charset="UTF-8" /><title>Prueba de archivo</title>
      <style>body { font-family: %s; }</style></head>
      <body><p>Ñuñoa, 4 de octubre de 2016: «APRUÉBESE» — <b>negrita</b> <i>cursiva</i> N° 05-749</p></body></html>
      """;

  @Test
  void aPageInAnyFontIsPdfA2bWithEveryFontEmbedded() throws Exception {
    for (String familia : List.of("serif", "sans-serif", "'Comic Sans MS'", "monospace")) {
      byte[] pdf = PdfDesdeXhtml.de(PAGINA.formatted(familia));

      assertThat(ValidadorPdfA.incumplimientos(pdf)).as(familia).isEmpty();
      assertThat(PdfArchivo.fuentes(pdf)).as(familia).isNotEmpty().allMatch(PDFont::isEmbedded);
      XMPMetadata xmp = PdfArchivo.xmp(pdf);
      assertThat(xmp.getPDFAIdentificationSchema().getPart()).as(familia).isEqualTo(2);
      assertThat(xmp.getDublinCoreSchema().getTitle()).isEqualTo("Prueba de archivo");
      assertThat(xmp.getDublinCoreSchema().getCreators())
          .as("a page naming no author")
          .containsExactly(PdfDesdeXhtml.AUTOR);
    }
  }

  @Test
  void theValidatorRefusesAPdfThatIsNotArchival() throws IOException {
    byte[] comun;
    try (PDDocument documento = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage pagina = new PDPage();
      documento.addPage(pagina);
      try (PDPageContentStream texto = new PDPageContentStream(documento, pagina)) {
        texto.beginText();
        texto.setFont(new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN), 12);
        texto.showText("Decreto sin fuentes incrustadas");
        texto.endText();
      }
      documento.save(out);
      comun = out.toByteArray();
    }

    assertThat(ValidadorPdfA.incumplimientos(comun)).isNotEmpty();
    assertThat(PdfArchivo.fuentes(comun)).noneMatch(PDFont::isEmbedded);
    long[] tamano = PdfArchivo.tamanoDeclaradoYContado(comun);
    assertThat(tamano[0])
        .as("PDFBox's own cross-reference stream: what `qpdf --check` warns about")
        .isNotEqualTo(tamano[1]);
  }
}
