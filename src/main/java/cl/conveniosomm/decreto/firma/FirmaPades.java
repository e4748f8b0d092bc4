package cl.conveniosomm.decreto.firma;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureInterface;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Signs a PDF with a PAdES baseline signature (ETSI.CAdES.detached, SHA-256): an incremental
 * update, so that a second signature leaves the first one valid, with a visible block on the last
 * page. The claimed signing time is the signature dictionary's, as PAdES asks; the CMS carries the
 * signer's certificate chain and the signing-certificate-v2 attribute that binds it.
 */
public class FirmaPades {

  private static final ZoneId CHILE = ZoneId.of("America/Santiago");

  /** The PDF signed, as a new byte array; the original is left as it was. */
  public byte[] firmar(
      byte[] pdf, CertificadoFirmante firmante, BloqueFirma bloque, Instant momento) {
    List<String> lineas = bloque.lineas(momento);
    return firmar(
        pdf,
        firmante,
        bloque.cargo() + ": firma del " + bloque.decreto(),
        momento,
        -1,
        bloque.rectangulo(),
        (plantilla, dibujo, rectangulo) -> texto(plantilla, dibujo, rectangulo, lineas));
  }

  /**
   * The PDF signed with an image as the visible block, where a signing platform's layout puts it
   * ({@code pagina} counted from 0; -1 for the last).
   */
  public byte[] firmarConImagen(
      byte[] pdf,
      CertificadoFirmante firmante,
      String motivo,
      Instant momento,
      int pagina,
      PDRectangle rectangulo,
      byte[] png) {
    return firmar(
        pdf,
        firmante,
        motivo,
        momento,
        pagina,
        rectangulo,
        (plantilla, dibujo, caja) ->
            dibujo.drawImage(
                PDImageXObject.createFromByteArray(plantilla, png, "bloque"),
                0,
                0,
                caja.getWidth(),
                caja.getHeight()));
  }

  /** What the visible block shows, drawn into its appearance. */
  private interface Dibujo {
    void dibujar(PDDocument plantilla, PDPageContentStream dibujo, PDRectangle caja)
        throws IOException;
  }

  private byte[] firmar(
      byte[] pdf,
      CertificadoFirmante firmante,
      String motivo,
      Instant momento,
      int pagina,
      PDRectangle rectangulo,
      Dibujo dibujo) {
    try (PDDocument documento = Loader.loadPDF(pdf);
        SignatureOptions opciones = new SignatureOptions()) {
      PDSignature firma = new PDSignature();
      firma.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
      firma.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
      firma.setName(firmante.nombre());
      firma.setReason(motivo);
      firma.setLocation("Chile");
      Calendar cuando = GregorianCalendar.from(momento.atZone(CHILE));
      cuando.setTimeZone(TimeZone.getTimeZone(CHILE));
      firma.setSignDate(cuando);

      int hoja =
          pagina < 0 || pagina >= documento.getNumberOfPages()
              ? documento.getNumberOfPages() - 1
              : pagina;
      opciones.setPage(hoja);
      opciones.setPreferredSignatureSize(SignatureOptions.DEFAULT_SIGNATURE_SIZE * 2);
      opciones.setVisualSignature(
          new ByteArrayInputStream(
              apariencia(documento.getPage(hoja).getMediaBox(), rectangulo, dibujo)));
      documento.addSignature(firma, cms(firmante), opciones);
      ByteArrayOutputStream firmado = new ByteArrayOutputStream(pdf.length + 64 * 1024);
      documento.saveIncremental(firmado);
      return firmado.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The CMS signature over the bytes PDFBox hands over (the document but the signature). */
  private static SignatureInterface cms(CertificadoFirmante firmante) {
    return contenido -> {
      try {
        byte[] firmado = contenido.readAllBytes();
        var digestor = new JcaDigestCalculatorProviderBuilder().build();
        byte[] huella =
            MessageDigest.getInstance("SHA-256").digest(firmante.certificado().getEncoded());
        Attribute certificadoFirmante =
            new Attribute(
                PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {new ESSCertIDv2(huella)})));
        AttributeTable atributos = new AttributeTable(certificadoFirmante);
        CMSSignedDataGenerator generador = new CMSSignedDataGenerator();
        generador.addSignerInfoGenerator(
            new JcaSignerInfoGeneratorBuilder(digestor)
                .setSignedAttributeGenerator(sinHoraDelCms(atributos))
                .build(
                    new JcaContentSignerBuilder("SHA256withRSA").build(firmante.clave()),
                    firmante.certificado()));
        generador.addCertificates(new JcaCertStore(firmante.cadena()));
        return generador.generate(new CMSProcessableByteArray(firmado), false).getEncoded();
      } catch (OperatorCreationException
          | CMSException
          | CertificateEncodingException
          | NoSuchAlgorithmException e) {
        throw new IOException("No se pudo firmar: " + e.getMessage(), e);
      }
    };
  }

  /**
   * The signed attributes without the CMS signing-time, which PAdES leaves out: the claimed time is
   * the signature dictionary's, and two clocks would disagree.
   */
  private static CMSAttributeTableGenerator sinHoraDelCms(AttributeTable atributos) {
    DefaultSignedAttributeTableGenerator estandar =
        new DefaultSignedAttributeTableGenerator(atributos);
    return parametros -> estandar.getAttributes(parametros).remove(CMSAttributes.signingTime);
  }

  /**
   * A one-page document whose only field is the signature's widget, drawn with the block's lines:
   * PDFBox copies it onto the signed page. The font is embedded, as PDF/A requires.
   */
  private static byte[] apariencia(PDRectangle pagina, PDRectangle rectangulo, Dibujo contenido)
      throws IOException {
    try (PDDocument plantilla = new PDDocument()) {
      PDPage hoja = new PDPage(pagina);
      plantilla.addPage(hoja);
      PDAcroForm formulario = new PDAcroForm(plantilla);
      plantilla.getDocumentCatalog().setAcroForm(formulario);
      formulario.setSignaturesExist(true);
      formulario.setAppendOnly(true);
      formulario.getCOSObject().setDirect(true);
      PDSignatureField campo = new PDSignatureField(formulario);
      formulario.getFields().add(campo);
      PDAnnotationWidget widget = campo.getWidgets().get(0);
      widget.setRectangle(rectangulo);
      widget.setPage(hoja);

      PDFormXObject forma = new PDFormXObject(new PDStream(plantilla));
      forma.setResources(new PDResources());
      forma.setFormType(1);
      PDRectangle caja = new PDRectangle(rectangulo.getWidth(), rectangulo.getHeight());
      forma.setBBox(caja);
      PDAppearanceDictionary aspecto = new PDAppearanceDictionary();
      aspecto.getCOSObject().setDirect(true);
      PDAppearanceStream flujo = new PDAppearanceStream(forma.getCOSObject());
      aspecto.setNormalAppearance(flujo);
      widget.setAppearance(aspecto);

      try (PDPageContentStream dibujo = new PDPageContentStream(plantilla, flujo)) {
        contenido.dibujar(plantilla, dibujo, caja);
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      plantilla.save(bytes);
      return bytes.toByteArray();
    }
  }

  /** The block's lines in a frame, in an embedded font (PDF/A). */
  private static void texto(
      PDDocument plantilla, PDPageContentStream dibujo, PDRectangle caja, List<String> lineas)
      throws IOException {
    PDType0Font letra;
    try (InputStream fuente =
        FirmaPades.class.getResourceAsStream("/fuentes/LiberationSans-Regular.ttf")) {
      letra = PDType0Font.load(plantilla, fuente);
    }
    dibujo.setLineWidth(0.8f);
    dibujo.addRect(0.5f, 0.5f, caja.getWidth() - 1, caja.getHeight() - 1);
    dibujo.stroke();
    float y = caja.getHeight() - 13;
    for (int i = 0; i < lineas.size(); i++) {
      dibujo.beginText();
      dibujo.setFont(letra, i == 1 ? 9 : 7.5f);
      dibujo.newLineAtOffset(6, y);
      dibujo.showText(lineas.get(i));
      dibujo.endText();
      y -= 13;
    }
  }
}
