package cl.conveniosomm.decreto.firma;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cl.conveniosomm.documento.Documento;
import cl.conveniosomm.documento.DocumentoService;
import cl.conveniosomm.documento.TipoDocumento;
import cl.conveniosomm.support.DecretosFirmados;
import cl.conveniosomm.support.DemoApplicationTest;
import cl.conveniosomm.support.Pdfsig;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The decreto's signatures as versions of the expediente (real PostgreSQL): one new version per
 * turn with its SHA-256, never two for one turn however often or concurrently it is asked, and none
 * when signing fails or the order is wrong.
 */
class FirmasDecretoTest extends DemoApplicationTest {

  @Autowired DocumentoService documentos;

  private static final Firmador CERTIFICADOS =
      new FirmadorPkcs12(
          DecretosFirmados.certificado(DecretosFirmados.ALCALDE),
          DecretosFirmados.certificado(DecretosFirmados.SECRETARIO),
          Clock.systemUTC());

  private static BloqueFirma bloque(TurnoDeFirma turno) {
    return new BloqueFirma(
        turno.orden(),
        turno == TurnoDeFirma.ALCALDE ? DecretosFirmados.ALCALDE : DecretosFirmados.SECRETARIO,
        turno == TurnoDeFirma.ALCALDE ? "Alcalde" : "Secretario Municipal, ministro de fe",
        DecretosFirmados.DECRETO,
        "K7Q2-9XHD");
  }

  private Documento firmar(FirmasDecreto firmas, String convenio, TurnoDeFirma turno) {
    return firmas.firmar(
        convenio, turno, null, bloque(turno), DecretosFirmados::sinFirmar, "alcalde");
  }

  private List<Documento> versiones(String convenio) {
    return documentos.deConvenio(convenio).stream()
        .filter(documento -> documento.tipo() == TipoDocumento.DECRETO_FIRMADO)
        .toList();
  }

  @Test
  void eachTurnMakesOneVersionWithItsHashAndARetryReturnsIt() throws Exception {
    FirmasDecreto firmas = new FirmasDecreto(documentos, CERTIFICADOS);
    String convenio = "firma-" + UUID.randomUUID();

    Documento delAlcalde = firmar(firmas, convenio, TurnoDeFirma.ALCALDE);
    Documento otraVez = firmar(firmas, convenio, TurnoDeFirma.ALCALDE);
    Documento deAmbos = firmar(firmas, convenio, TurnoDeFirma.MINISTRO_DE_FE);
    Documento deNuevo = firmar(firmas, convenio, TurnoDeFirma.MINISTRO_DE_FE);

    assertThat(otraVez.id()).isEqualTo(delAlcalde.id());
    assertThat(deNuevo.id()).isEqualTo(deAmbos.id());
    assertThat(versiones(convenio)).extracting(Documento::version).containsExactlyInAnyOrder(1, 2);
    byte[] contenido = documentos.contenido(deAmbos);
    assertThat(deAmbos.sha256())
        .isEqualTo(
            HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(contenido)));
    assertThat(Pdfsig.leer(contenido))
        .extracting(firma -> firma.valor("Signature Validation"))
        .containsExactly("Signature is Valid.", "Signature is Valid.");
  }

  @Test
  void theMinistroDeFeCannotSignBeforeTheAlcaldeAndAFailedSignatureStoresNothing() {
    String convenio = "firma-" + UUID.randomUUID();
    FirmasDecreto firmas = new FirmasDecreto(documentos, CERTIFICADOS);
    Firmador caido =
        new Firmador() {
          @Override
          public byte[] firmar(byte[] pdf, TurnoDeFirma turno, String codigo, BloqueFirma b) {
            throw new FirmaRechazadaException("La plataforma de firma no responde.");
          }

          @Override
          public boolean pideCodigo() {
            return true;
          }
        };

    assertThatThrownBy(() -> firmar(firmas, convenio, TurnoDeFirma.MINISTRO_DE_FE))
        .isInstanceOf(FirmaRechazadaException.class)
        .hasMessageContaining("aún no tiene la firma del Alcalde");
    assertThatThrownBy(
            () -> firmar(new FirmasDecreto(documentos, caido), convenio, TurnoDeFirma.ALCALDE))
        .hasMessageContaining("no responde");
    assertThat(versiones(convenio)).isEmpty();
  }

  @Test
  void twoClicksAtOnceSignOnce() throws Exception {
    FirmasDecreto firmas = new FirmasDecreto(documentos, CERTIFICADOS);
    String convenio = "firma-" + UUID.randomUUID();
    CountDownLatch salida = new CountDownLatch(1);

    List<CompletableFuture<Documento>> clics =
        List.of(1, 2, 3).stream()
            .map(
                i ->
                    CompletableFuture.supplyAsync(
                        () -> {
                          try {
                            salida.await();
                          } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                          }
                          return firmar(firmas, convenio, TurnoDeFirma.ALCALDE);
                        }))
            .toList();
    salida.countDown();

    assertThat(clics.stream().map(CompletableFuture::join).map(Documento::id).distinct())
        .hasSize(1);
    assertThat(versiones(convenio)).hasSize(1);
  }
}
