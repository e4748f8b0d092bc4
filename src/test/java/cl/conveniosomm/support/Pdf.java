package cl.conveniosomm.support;

import cl.conveniosomm.documento.DocumentoService;
import cl.conveniosomm.documento.TipoDocumento;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Small real PDFs for tests, built with PDFBox and saved uncompressed, so the text they carry can
 * be found in their bytes.
 */
public final class Pdf {

  private Pdf() {}

  /** A one-page PDF titled and showing {@code texto}. */
  public static byte[] de(String texto) {
    return con(texto, pdf -> {});
  }

  /**
   * The same PDF, changed by {@code cambio} before it is saved (to add actions, attachments...).
   */
  public static byte[] con(String texto, Consumer<PDDocument> cambio) {
    try (PDDocument pdf = new PDDocument();
        ByteArrayOutputStream salida = new ByteArrayOutputStream()) {
      PDPage pagina = new PDPage();
      pdf.addPage(pagina);
      PDDocumentInformation informacion = new PDDocumentInformation();
      informacion.setTitle(texto);
      pdf.setDocumentInformation(informacion);
      try (PDPageContentStream contenido =
          new PDPageContentStream(pdf, pagina, PDPageContentStream.AppendMode.OVERWRITE, false)) {
        contenido.beginText();
        contenido.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        contenido.newLineAtOffset(72, 720);
        contenido.showText(texto.replaceAll("[^\\x20-\\x7E\\xA0-\\xFF]", "?"));
        contenido.endText();
      }
      cambio.accept(pdf);
      pdf.save(salida, CompressParameters.NO_COMPRESSION);
      return salida.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The signed convenio on file, as DIDECO uploads it before asking for its review (the upload
   * through the page is walked by the approval walk).
   */
  public static void convenioFirmadoEn(DocumentoService documentos, String convenio) {
    documentos.guardar(
        convenio, TipoDocumento.CONVENIO_FIRMADO, "convenio.pdf", de("convenio firmado"), "dideco");
  }
}
