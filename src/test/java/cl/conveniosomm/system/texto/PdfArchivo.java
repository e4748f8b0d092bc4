package cl.conveniosomm.system.texto;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** What `pdffonts` shows of a PDF: the fonts of every page, to check each one is embedded. */
public final class PdfArchivo {

  private PdfArchivo() {
  }

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
}
