package cl.conveniosomm.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A one-page PDF saying it is a demonstration document: what the demo convenios carry as signed
 * papers.
 */
final class PdfDemostracion {

  private PdfDemostracion() {}

  static byte[] de(String texto) {
    try (PDDocument pdf = new PDDocument();
        ByteArrayOutputStream salida = new ByteArrayOutputStream()) {
      PDPage pagina = new PDPage();
      pdf.addPage(pagina);
      try (PDPageContentStream contenido = new PDPageContentStream(pdf, pagina)) {
        contenido.beginText();
        contenido.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        contenido.newLineAtOffset(72, 720);
        contenido.showText(texto);
        contenido.endText();
      }
      pdf.save(salida);
      return salida.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
