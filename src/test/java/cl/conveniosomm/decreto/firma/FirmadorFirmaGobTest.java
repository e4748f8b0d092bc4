package cl.conveniosomm.decreto.firma;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cl.conveniosomm.support.DecretosFirmados;
import cl.conveniosomm.support.FirmaGobDePrueba;
import cl.conveniosomm.support.Pdfsig;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The decreto signed through FirmaGob's v2 contract, against a local server that speaks it and
 * signs with a test authority: the Alcalde and then the Secretario, each with the one-time code
 * FirmaGob gave them, checked by pdfsig. A wrong, reused or missing code, an expired ticket, a
 * platform that is down or answers with another document: a Spanish reason and nothing signed.
 */
class FirmadorFirmaGobTest {

  private static final String RUN_ALCALDE = "7654321";
  private static final String RUN_SECRETARIO = "8765432";

  private FirmaGobDePrueba firmaGob;

  @BeforeEach
  void iniciar() throws Exception {
    firmaGob =
        new FirmaGobDePrueba(
            Map.of(
                RUN_ALCALDE,
                DecretosFirmados.ALCALDE,
                RUN_SECRETARIO,
                DecretosFirmados.SECRETARIO));
  }

  @AfterEach
  void detener() {
    firmaGob.close();
  }

  private FirmadorFirmaGob firmador(Clock reloj) {
    return new FirmadorFirmaGob(
        new FirmaGobProperties(
            firmaGob.url(),
            FirmaGobDePrueba.ENTIDAD,
            FirmaGobDePrueba.API_TOKEN_KEY,
            FirmaGobDePrueba.SECRETO,
            FirmaGobProperties.ATENDIDO,
            RUN_ALCALDE,
            RUN_SECRETARIO),
        HttpClient.newHttpClient(),
        new ObjectMapper(),
        reloj);
  }

  private static BloqueFirma bloque(int orden, String nombre, String cargo) {
    return new BloqueFirma(orden, nombre, cargo, DecretosFirmados.DECRETO, "K7Q2-9XHD");
  }

  @Test
  void theAlcaldeThenTheSecretarioSignWithTheirCodesAndPdfsigReadsBothValid() {
    FirmadorFirmaGob firmador = firmador(Clock.systemUTC());
    byte[] decreto = DecretosFirmados.sinFirmar();

    byte[] porElAlcalde =
        firmador.firmar(
            decreto,
            RUN_ALCALDE,
            firmaGob.nuevoCodigo(),
            bloque(1, DecretosFirmados.ALCALDE, "Alcalde"));
    byte[] porAmbos =
        firmador.firmar(
            porElAlcalde,
            RUN_SECRETARIO,
            firmaGob.nuevoCodigo(),
            bloque(2, DecretosFirmados.SECRETARIO, "Secretario Municipal, ministro de fe"));

    List<Pdfsig.Firma> firmas = Pdfsig.leer(porAmbos);
    assertThat(firmas).hasSize(2);
    assertThat(firmas)
        .extracting(firma -> firma.valor("Signer Certificate Common Name"))
        .containsExactly(DecretosFirmados.ALCALDE, DecretosFirmados.SECRETARIO);
    assertThat(firmas)
        .allSatisfy(
            firma ->
                assertThat(firma.valor("Signature Validation")).isEqualTo("Signature is Valid."));
    assertThat(firmas.get(1).dice("Total document signed")).isTrue();
  }

  @Test
  void aWrongReusedOrMissingCodeSignsNothingAndSaysWhyInSpanish() {
    FirmadorFirmaGob firmador = firmador(Clock.systemUTC());
    byte[] decreto = DecretosFirmados.sinFirmar();
    BloqueFirma bloque = bloque(1, DecretosFirmados.ALCALDE, "Alcalde");
    String codigo = firmaGob.nuevoCodigo();
    firmador.firmar(decreto, RUN_ALCALDE, codigo, bloque);

    assertThatThrownBy(() -> firmador.firmar(decreto, RUN_ALCALDE, "000000", bloque))
        .isInstanceOf(FirmaRechazadaException.class)
        .hasMessageContaining("código de un solo uso no es válido")
        .hasMessageNotContaining(RUN_ALCALDE);
    assertThatThrownBy(() -> firmador.firmar(decreto, RUN_ALCALDE, codigo, bloque))
        .hasMessageContaining("código de un solo uso no es válido");
    assertThatThrownBy(() -> firmador.firmar(decreto, RUN_ALCALDE, " ", bloque))
        .hasMessageContaining("Escriba el código");
  }

  @Test
  void anExpiredTicketIsRefused() {
    FirmadorFirmaGob atrasado = firmador(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-30)));

    assertThatThrownBy(
            () ->
                atrasado.firmar(
                    DecretosFirmados.sinFirmar(),
                    RUN_ALCALDE,
                    firmaGob.nuevoCodigo(),
                    bloque(1, DecretosFirmados.ALCALDE, "Alcalde")))
        .isInstanceOf(FirmaRechazadaException.class)
        .hasMessageContaining("FirmaGob no firmó el decreto (HTTP 401: Token expirado)");
  }

  @Test
  void aPlatformThatIsDownOrAnswersWithAnotherDocumentSignsNothing() {
    FirmadorFirmaGob firmador = firmador(Clock.systemUTC());
    byte[] porElAlcalde = DecretosFirmados.porElAlcalde();
    BloqueFirma bloque = bloque(2, DecretosFirmados.SECRETARIO, "Secretario Municipal");

    firmaGob.adulterarRespuestas();
    assertThatThrownBy(
            () -> firmador.firmar(porElAlcalde, RUN_SECRETARIO, firmaGob.nuevoCodigo(), bloque))
        .isInstanceOf(FirmaRechazadaException.class)
        .hasMessageContaining("no es este decreto firmado");

    firmaGob.close();
    assertThatThrownBy(
            () -> firmador.firmar(porElAlcalde, RUN_SECRETARIO, firmaGob.nuevoCodigo(), bloque))
        .isInstanceOf(FirmaRechazadaException.class)
        .hasMessageContaining("no responde");
  }
}
