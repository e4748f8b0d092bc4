package cl.conveniosomm.system.texto;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;

/**
 * Prints a rendered XHTML page (a Thymeleaf template's output) to PDF/A-2b, the archival PDF: every
 * font embedded (Liberation, shipped in {@code fuentes/} under the SIL Open Font License), an sRGB
 * output intent, and XMP metadata with the page's {@code <title>}. The fonts answer to the generic
 * and usual family names and stand in for any other, so no template can fall back to a font that is
 * not embedded.
 */
public final class PdfDesdeXhtml {

  private record Fuente(String archivo, int peso, FontStyle estilo, byte[] datos) {
  }

  private static final List<String> SERIF = List.of("serif", "Liberation Serif", "Times", "Times New Roman",
      "Times-Roman", "Georgia");
  private static final List<String> SANS = List.of("sans-serif", "Liberation Sans", "Helvetica", "Arial", "Verdana",
      "system-ui", "monospace");
  private static final List<Fuente> SERIFAS = List.of(fuente("LiberationSerif-Regular.ttf", 400, FontStyle.NORMAL),
      fuente("LiberationSerif-Bold.ttf", 700, FontStyle.NORMAL), fuente("LiberationSerif-Italic.ttf", 400,
          FontStyle.ITALIC));
  private static final List<Fuente> SIN_SERIFAS = List.of(fuente("LiberationSans-Regular.ttf", 400, FontStyle.NORMAL),
      fuente("LiberationSans-Bold.ttf", 700, FontStyle.NORMAL), fuente("LiberationSans-Italic.ttf", 400,
          FontStyle.ITALIC));
  private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

  private PdfDesdeXhtml() {
  }

  public static byte[] de(String xhtml) {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PdfRendererBuilder builder = new PdfRendererBuilder().usePdfAConformance(PdfAConformance.PDFA_2_B)
          .useColorProfile(SRGB).withProducer("Convenios OMM");
      registrar(builder, SERIFAS, SERIF, true);
      registrar(builder, SIN_SERIFAS, SANS, false);
      builder.withHtmlContent(xhtml, null).toStream(out).run();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Each face under each family name; the serif faces also stand in for any family nobody registered. */
  private static void registrar(PdfRendererBuilder builder, List<Fuente> fuentes, List<String> familias,
      boolean respaldo) {
    for (Fuente fuente : fuentes) {
      for (String familia : familias) {
        builder.useFont(() -> leer(fuente), familia, fuente.peso(), fuente.estilo(), true,
            EnumSet.of(FSFontUseCase.DOCUMENT));
      }
      if (respaldo) {
        builder.useFont(() -> leer(fuente), "respaldo", fuente.peso(), fuente.estilo(), true,
            EnumSet.of(FSFontUseCase.FALLBACK_PRE, FSFontUseCase.FALLBACK_FINAL));
      }
    }
  }

  private static InputStream leer(Fuente fuente) {
    return new ByteArrayInputStream(fuente.datos());
  }

  private static Fuente fuente(String archivo, int peso, FontStyle estilo) {
    try (InputStream in = PdfDesdeXhtml.class.getResourceAsStream("/fuentes/" + archivo)) {
      if (in == null) {
        throw new IllegalStateException("Falta la fuente " + archivo + " en el paquete de la aplicación.");
      }
      return new Fuente(archivo, peso, estilo, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
