package cl.conveniosomm.system.texto;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
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
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Prints a rendered XHTML page (a Thymeleaf template's output) to PDF/A-2b, the archival PDF: every
 * font embedded (Liberation, shipped in {@code fuentes/} under the SIL Open Font License), an sRGB
 * output intent, and XMP metadata with the page's {@code <title>}, its {@code <meta name="author">}
 * ({@value #AUTOR} when it names none) and the moment it was printed. The fonts answer to the
 * generic and usual family names and stand in for any other, so no template can fall back to a font
 * that is not embedded.
 */
public final class PdfDesdeXhtml {

  private record Fuente(String archivo, int peso, FontStyle estilo, byte[] datos) {}

  private static final List<String> SERIF =
      List.of("serif", "Liberation Serif", "Times", "Times New Roman", "Times-Roman", "Georgia");
  private static final List<String> SANS =
      List.of(
          "sans-serif",
          "Liberation Sans",
          "Helvetica",
          "Arial",
          "Verdana",
          "system-ui",
          "monospace");
  private static final List<Fuente> SERIFAS =
      List.of(
          fuente("LiberationSerif-Regular.ttf", 400, FontStyle.NORMAL),
          fuente("LiberationSerif-Bold.ttf", 700, FontStyle.NORMAL),
          fuente("LiberationSerif-Italic.ttf", 400, FontStyle.ITALIC));
  private static final List<Fuente> SIN_SERIFAS =
      List.of(
          fuente("LiberationSans-Regular.ttf", 400, FontStyle.NORMAL),
          fuente("LiberationSans-Bold.ttf", 700, FontStyle.NORMAL),
          fuente("LiberationSans-Italic.ttf", 400, FontStyle.ITALIC));
  static final String AUTOR = "Convenios OMM";
  private static final PdfAConformance PDFA_2 = PdfAConformance.PDFA_2_B;
  private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

  private PdfDesdeXhtml() {}

  public static byte[] de(String xhtml) {
    PdfRendererBuilder builder =
        new PdfRendererBuilder()
            .usePdfAConformance(PDFA_2)
            .useColorProfile(SRGB)
            .withProducer(AUTOR)
            .addDOMMutator(PdfDesdeXhtml::conAutor);
    registrar(builder, SERIFAS, SERIF, true);
    registrar(builder, SIN_SERIFAS, SANS, false);
    builder.withHtmlContent(xhtml, null);
    try (PdfBoxRenderer renderer = builder.buildPdfRenderer();
        PDDocument pdf = renderer.createPDFKeepOpen();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      // a classic cross-reference table: PDFBox's cross-reference stream leaves itself out of its
      // index, so the trailer's /Size is one more than `qpdf --check` counts and it warns; the
      // header then says 1.7, the version PDF/A-2 is built on, as the catalogue does
      pdf.getDocument().setVersion(PDFA_2.getPdfVersion());
      pdf.save(out, CompressParameters.NO_COMPRESSION);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * PDF/A's XMP takes its author from the page's {@code <meta name="author">}: a template that has
   * none gets one.
   */
  private static void conAutor(Document pagina) {
    NodeList metas = pagina.getElementsByTagName("meta");
    for (int i = 0; i < metas.getLength(); i++) {
      if ("author".equalsIgnoreCase(((Element) metas.item(i)).getAttribute("name"))) {
        return;
      }
    }
    NodeList heads = pagina.getElementsByTagName("head");
    if (heads.getLength() > 0) {
      Element autor = pagina.createElement("meta");
      autor.setAttribute("name", "author");
      autor.setAttribute("content", AUTOR);
      heads.item(0).appendChild(autor);
    }
  }

  /**
   * Each face under each family name; the serif faces also stand in for any family nobody
   * registered.
   */
  private static void registrar(
      PdfRendererBuilder builder, List<Fuente> fuentes, List<String> familias, boolean respaldo) {
    for (Fuente fuente : fuentes) {
      for (String familia : familias) {
        builder.useFont(
            () -> leer(fuente),
            familia,
            fuente.peso(),
            fuente.estilo(),
            true,
            EnumSet.of(FSFontUseCase.DOCUMENT));
      }
      if (respaldo) {
        builder.useFont(
            () -> leer(fuente),
            "respaldo",
            fuente.peso(),
            fuente.estilo(),
            true,
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
        throw new IllegalStateException(
            "Falta la fuente " + archivo + " en el paquete de la aplicación.");
      }
      return new Fuente(archivo, peso, estilo, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
