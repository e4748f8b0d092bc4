package cl.conveniosomm.decreto.firma;

import java.io.IOException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * Reads a PDF's signatures back: for each, who signed and when, whether the signature matches the
 * bytes it covers, and whether anything was added to the file after it. A file that is not a PDF,
 * or is damaged, is said to be so in Spanish.
 */
public class VerificadorFirmas {

  /** The signatures in the order they were made. */
  public List<FirmaVerificada> verificar(byte[] pdf) {
    try (PDDocument documento = Loader.loadPDF(pdf)) {
      List<FirmaVerificada> firmas = new ArrayList<>();
      for (PDSignature firma : documento.getSignatureDictionaries()) {
        firmas.add(verificar(firma, pdf));
      }
      return firmas;
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "El archivo no es un PDF que se pueda leer: " + e.getMessage(), e);
    }
  }

  private static FirmaVerificada verificar(PDSignature firma, byte[] pdf) throws IOException {
    int[] rango = firma.getByteRange();
    boolean cubreTodo =
        rango != null && rango.length == 4 && (long) rango[2] + rango[3] == pdf.length;
    String firmante = firma.getName();
    String emisor = "";
    boolean valida = false;
    try {
      byte[] contenido = firma.getSignedContent(pdf);
      CMSSignedData cms =
          new CMSSignedData(new CMSProcessableByteArray(contenido), firma.getContents(pdf));
      Collection<SignerInformation> firmantes = cms.getSignerInfos().getSigners();
      if (firmantes.size() == 1) {
        SignerInformation firmanteCms = firmantes.iterator().next();
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> certificados =
            cms.getCertificates().getMatches(firmanteCms.getSID());
        if (!certificados.isEmpty()) {
          X509Certificate certificado =
              new JcaX509CertificateConverter().getCertificate(certificados.iterator().next());
          firmante = CertificadoFirmante.nombreComun(certificado.getSubjectX500Principal());
          emisor = CertificadoFirmante.nombreComun(certificado.getIssuerX500Principal());
          certificado.checkValidity(firma.getSignDate().getTime());
          valida = firmanteCms.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificado));
        }
      }
    } catch (CMSException | OperatorCreationException | CertificateException e) {
      valida = false;
    }
    return new FirmaVerificada(
        firmante,
        emisor,
        firma.getSignDate() == null ? null : firma.getSignDate().toInstant(),
        firma.getReason(),
        valida,
        cubreTodo);
  }
}
