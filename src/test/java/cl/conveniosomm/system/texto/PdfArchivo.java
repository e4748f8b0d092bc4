package cl.conveniosomm.system.texto;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;

/** What `pdffonts`, `pdfinfo -meta` and `qpdf --check` show of a PDF, read with PDFBox. */
public final class PdfArchivo {

  private PdfArchivo() {}

  /** The fonts of every page, to check each one is embedded. */
  public static List<PDFont> fuentes(byte[] pdf) throws IOException {
    List<PDFont> fuentes = new ArrayList<>();
    try (PDDocument documento = Loader.loadPDF(pdf)) {
      for (PDPage pagina : documento.getPages()) {
        for (var nombre : pagina.getResources().getFontNames()) {
          fuentes.add(pagina.getResources().getFont(nombre));
        }
      }
    }
    return fuentes;
  }

  /** The catalogue's XMP metadata, parsed. */
  public static XMPMetadata xmp(byte[] pdf) throws IOException {
    try (PDDocument documento = Loader.loadPDF(pdf)) {
      return new DomXmpParser().parse(documento.getDocumentCatalog().getMetadata().toByteArray());
    } catch (XmpParsingException e) {
      throw new IOException("XMP ilegible", e);
    }
  }

  /**
   * The trailer's /Size against the objects the cross-reference lists: `qpdf --check` warns unless
   * /Size is one plus the highest object number.
   */
  public static long[] tamanoDeclaradoYContado(byte[] pdf) throws IOException {
    try (PDDocument documento = Loader.loadPDF(pdf)) {
      COSDocument cos = documento.getDocument();
      long mayor =
          cos.getXrefTable().keySet().stream().mapToLong(COSObjectKey::getNumber).max().orElse(0);
      return new long[] {cos.getTrailer().getLong(COSName.SIZE), mayor + 1};
    }
  }
}
