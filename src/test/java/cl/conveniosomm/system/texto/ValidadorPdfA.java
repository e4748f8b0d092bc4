package cl.conveniosomm.system.texto;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF, the PDF Association's reference validator, checking a PDF against PDF/A-2b. */
public final class ValidadorPdfA {

  static {
    VeraGreenfieldFoundryProvider.initialise();
  }

  private ValidadorPdfA() {}

  /** The rules the PDF breaks, as «clause-test: message»; empty when it is PDF/A-2b. */
  public static List<String> incumplimientos(byte[] pdf) {
    try (PDFAParser parser =
            Foundries.defaultInstance()
                .createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_B);
        PDFAValidator validator =
            Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
      ValidationResult resultado = validator.validate(parser);
      return resultado.getTestAssertions().stream()
          .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
          .map(
              a ->
                  a.getRuleId().getClause()
                      + "-"
                      + a.getRuleId().getTestNumber()
                      + ": "
                      + a.getMessage())
          .distinct()
          .toList();
    } catch (Exception e) {
      throw new IllegalStateException("veraPDF no pudo leer el PDF", e);
    }
  }
}
