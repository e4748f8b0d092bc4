package cl.conveniosomm.decreto.firma;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cl.conveniosomm.support.AutoridadDePrueba;
import cl.conveniosomm.support.DecretosFirmados;
import cl.conveniosomm.support.Navegador;
import cl.conveniosomm.support.Pdfsig;
import cl.conveniosomm.system.texto.ValidadorPdfA;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The decreto signed by the Alcalde, then by the Secretario Municipal as ministro de fe, each with
 * the certificate of a PKCS#12 file, read back by poppler's pdfsig (an independent validator) and
 * by the app's own reader: two valid PAdES signatures in order, the second not invalidating the
 * first, each with its signer and time; a tampered copy fails.
 */
class FirmaPadesTest {

  private static final String ALCALDE = DecretosFirmados.ALCALDE;
  private static final String SECRETARIO = DecretosFirmados.SECRETARIO;
  private static final Instant PRIMERA = DecretosFirmados.PRIMERA;
  private static final Instant SEGUNDA = DecretosFirmados.SEGUNDA;
  private static final DateTimeFormatter COMO_PDFSIG =
      DateTimeFormatter.ofPattern("MMM dd yyyy HH:mm:ss", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  @TempDir static Path carpeta;

  private final byte[] decreto = DecretosFirmados.sinFirmar();
  private final byte[] firmadoPorAmbos = DecretosFirmados.porAmbos();
  private final VerificadorFirmas verificador = new VerificadorFirmas();

  @Test
  void pdfsigReadsTwoValidSignaturesInOrderTheSecondCoveringTheWholeFile() {
    List<Pdfsig.Firma> firmas = Pdfsig.leer(firmadoPorAmbos);

    assertThat(firmas).hasSize(2);
    Pdfsig.Firma primera = firmas.get(0);
    Pdfsig.Firma segunda = firmas.get(1);
    assertThat(primera.valor("Signer Certificate Common Name")).isEqualTo(ALCALDE);
    assertThat(segunda.valor("Signer Certificate Common Name")).isEqualTo(SECRETARIO);
    assertThat(primera.valor("Signature Type")).isEqualTo("ETSI.CAdES.detached");
    assertThat(primera.valor("Signing Hash Algorithm")).isEqualTo("SHA-256");
    assertThat(primera.valor("Signature Validation")).isEqualTo("Signature is Valid.");
    assertThat(segunda.valor("Signature Validation")).isEqualTo("Signature is Valid.");
    assertThat(primera.valor("Signing Time")).isEqualTo(COMO_PDFSIG.format(PRIMERA));
    assertThat(segunda.valor("Signing Time")).isEqualTo(COMO_PDFSIG.format(SEGUNDA));
    assertThat(primera.dice("Not total document signed")).isTrue();
    assertThat(segunda.dice("Total document signed")).isTrue();
    assertThat(segunda.dice("Not total document signed")).isFalse();
  }

  @Test
  void theAppReadsTheSameSignersTimesAndIntegrity() {
    assertThat(verificador.verificar(decreto)).isEmpty();
    assertThat(verificador.verificar(firmadoPorAmbos))
        .containsExactly(
            new FirmaVerificada(
                ALCALDE,
                AutoridadDePrueba.NOMBRE,
                PRIMERA,
                "Alcalde: firma del " + DecretosFirmados.DECRETO,
                true,
                false),
            new FirmaVerificada(
                SECRETARIO,
                AutoridadDePrueba.NOMBRE,
                SEGUNDA,
                "Secretario Municipal, ministro de fe: firma del " + DecretosFirmados.DECRETO,
                true,
                true));
  }

  @Test
  void aTamperedCopyFailsBothValidators() {
    // a byte of the decreto itself, which both signatures cover
    byte[] adulterado = DecretosFirmados.adulterado();

    assertThat(Pdfsig.leer(adulterado))
        .hasSize(2)
        .allSatisfy(
            firma ->
                assertThat(firma.valor("Signature Validation"))
                    .isNotEqualTo("Signature is Valid."));
    assertThat(verificador.verificar(adulterado)).noneMatch(FirmaVerificada::valida);
  }

  @Test
  void aChangeAfterTheLastSignatureIsSeen() throws Exception {
    ByteArrayOutputStream cambiado = new ByteArrayOutputStream();
    try (PDDocument documento = Loader.loadPDF(firmadoPorAmbos)) {
      documento.getDocumentInformation().setTitle("Otro decreto");
      documento.getDocumentInformation().getCOSObject().setNeedToBeUpdated(true);
      documento.saveIncremental(cambiado);
    }

    assertThat(verificador.verificar(cambiado.toByteArray()))
        .extracting(FirmaVerificada::valida, FirmaVerificada::cubreTodo)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(true, false),
            org.assertj.core.groups.Tuple.tuple(true, false));
    assertThat(Pdfsig.leer(cambiado.toByteArray()).get(1).dice("Not total document signed"))
        .isTrue();
  }

  @Test
  void theSignedDecretoStaysPdfAWithBothBlocksOnItsLastPage() throws Exception {
    // for a person to look at: target/capturas/decreto-firmado.pdf
    Files.createDirectories(Navegador.CAPTURAS);
    Files.write(Navegador.CAPTURAS.resolve("decreto-firmado.pdf"), firmadoPorAmbos);
    assertThat(ValidadorPdfA.incumplimientos(firmadoPorAmbos)).isEmpty();
    try (PDDocument documento = Loader.loadPDF(firmadoPorAmbos)) {
      int ultima = documento.getNumberOfPages() - 1;
      List<PDSignatureField> campos = documento.getSignatureFields();
      assertThat(campos).hasSize(2);
      for (PDSignatureField campo : campos) {
        var widget = campo.getWidgets().get(0);
        assertThat(documento.getPages().indexOf(widget.getPage())).isEqualTo(ultima);
        assertThat(widget.getRectangle().getWidth()).isGreaterThan(100);
        assertThat(widget.getAppearance().getNormalAppearance()).isNotNull();
      }
      assertThat(campos.get(0).getWidgets().get(0).getRectangle().getUpperRightX())
          .isLessThan(campos.get(1).getWidgets().get(0).getRectangle().getLowerLeftX());
    }
  }

  @Test
  void aWrongPasswordOrFileIsToldInSpanish() {
    char[] clave = DecretosFirmados.CLAVE;
    Path archivo = AutoridadDePrueba.pkcs12("OTRA PERSONA", carpeta, clave);

    assertThatThrownBy(() -> CertificadoFirmante.desdePkcs12(archivo, "equivocada".toCharArray()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("contraseña");
    assertThatThrownBy(
            () -> CertificadoFirmante.desdePkcs12(carpeta.resolve("no-existe.p12"), clave))
        .hasMessageContaining("No se pudo abrir el certificado");
    assertThatThrownBy(() -> verificador.verificar("no soy un PDF".getBytes()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no es un PDF");
  }
}
