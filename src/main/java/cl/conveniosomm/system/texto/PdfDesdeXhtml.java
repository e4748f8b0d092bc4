package cl.conveniosomm.system.texto;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Prints a rendered XHTML page (a Thymeleaf template's output) to PDF. */
public final class PdfDesdeXhtml {

  private PdfDesdeXhtml() {
  }

  public static byte[] de(String xhtml) {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      new PdfRendererBuilder().withHtmlContent(xhtml, null).toStream(out).run();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
