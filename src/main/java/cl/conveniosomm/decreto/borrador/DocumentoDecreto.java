package cl.conveniosomm.decreto.borrador;

import cl.conveniosomm.decreto.CodigoVerificacion;
import cl.conveniosomm.system.texto.PdfDesdeXhtml;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/**
 * Renders a decreto as PDF, from an XHTML template an operator can edit (the shipped one, or the
 * file named by {@code omm.decreto.plantilla}), and as DOCX for the Secretaría to correct.
 */
@Component
public class DocumentoDecreto {

  private static final String PLANTILLA = "/templates/decreto/decreto.html";

  private final TemplateEngine motor = new SpringTemplateEngine();
  private final String plantilla;
  private final String paginaVerificacion;

  public DocumentoDecreto(
      @Value("${omm.decreto.plantilla:}") String rutaPlantilla,
      @Value("${omm.public-url:}") String urlPublica) {
    StringTemplateResolver resolver = new StringTemplateResolver();
    resolver.setTemplateMode(TemplateMode.HTML);
    motor.setTemplateResolver(resolver);
    this.plantilla = leer(rutaPlantilla);
    this.paginaVerificacion = urlPublica.replaceAll("/+$", "") + "/verificar.html";
  }

  public byte[] pdf(BorradorDecreto decreto) {
    Context contexto = new Context();
    contexto.setVariable("d", decreto);
    if (decreto.codigoVerificacion() != null) {
      contexto.setVariable("codigo", CodigoVerificacion.impreso(decreto.codigoVerificacion()));
      contexto.setVariable("verificacion", paginaVerificacion);
    }
    return PdfDesdeXhtml.de(motor.process(plantilla, contexto));
  }

  public byte[] docx(BorradorDecreto decreto) {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      parrafo(
          doc,
          "ILUSTRE MUNICIPALIDAD DE " + decreto.comuna().toUpperCase(),
          true,
          ParagraphAlignment.LEFT);
      parrafo(doc, "SECRETARÍA MUNICIPAL", true, ParagraphAlignment.LEFT);
      parrafo(
          doc,
          "DECRETO N° " + (decreto.numero() == null ? "________" : decreto.numero()),
          true,
          ParagraphAlignment.CENTER);
      parrafo(
          doc,
          decreto.comuna().toUpperCase()
              + ", "
              + (decreto.fecha() == null ? "____ de ____________ de ______" : decreto.fecha()),
          false,
          ParagraphAlignment.CENTER);
      parrafo(doc, "VISTOS Y CONSIDERANDO:", true, ParagraphAlignment.LEFT);
      parrafo(doc, decreto.parrafoVistos(), false, ParagraphAlignment.BOTH);
      parrafo(doc, "DECRETO:", true, ParagraphAlignment.LEFT);
      for (int i = 0; i < decreto.puntos().size(); i++) {
        parrafo(doc, (i + 1) + ".- " + decreto.puntos().get(i), false, ParagraphAlignment.BOTH);
      }
      parrafo(doc, decreto.cierre(), false, ParagraphAlignment.LEFT);
      decreto
          .firmas()
          .forEach(
              firma -> {
                parrafo(doc, firma.nombre(), true, ParagraphAlignment.CENTER);
                parrafo(doc, firma.cargo(), true, ParagraphAlignment.CENTER);
              });
      parrafo(doc, "Distribución:", false, ParagraphAlignment.LEFT);
      decreto
          .distribucion()
          .forEach(unidad -> parrafo(doc, "- " + unidad, false, ParagraphAlignment.LEFT));
      if (decreto.referencia() != null) {
        parrafo(doc, "- " + decreto.referencia(), false, ParagraphAlignment.LEFT);
      }
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void parrafo(
      XWPFDocument doc, String texto, boolean negrita, ParagraphAlignment alineacion) {
    XWPFParagraph parrafo = doc.createParagraph();
    parrafo.setAlignment(alineacion);
    XWPFRun run = parrafo.createRun();
    run.setBold(negrita);
    run.setText(texto);
  }

  private static String leer(String ruta) {
    try {
      if (ruta != null && !ruta.isBlank()) {
        return Files.readString(Path.of(ruta), StandardCharsets.UTF_8);
      }
      try (var in = DocumentoDecreto.class.getResourceAsStream(PLANTILLA)) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("No se pudo leer la plantilla del decreto " + ruta, e);
    }
  }
}
