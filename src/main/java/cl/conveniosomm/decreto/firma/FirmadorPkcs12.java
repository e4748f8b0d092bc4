package cl.conveniosomm.decreto.firma;

import java.nio.file.Path;
import java.time.Clock;

/**
 * Signs with the municipality's own certificates: the Alcalde's and the Secretario/a Municipal's,
 * read once from their PKCS#12 files (a wrong path or password stops the app at startup, in
 * Spanish).
 */
public class FirmadorPkcs12 implements Firmador {

  private final CertificadoFirmante alcalde;
  private final CertificadoFirmante secretario;
  private final FirmaPades pades = new FirmaPades();
  private final Clock reloj;

  public FirmadorPkcs12(FirmaPkcs12Properties certificados, Clock reloj) {
    this(
        CertificadoFirmante.desdePkcs12(
            Path.of(certificados.alcaldeArchivo()), clave(certificados.alcaldeClave())),
        CertificadoFirmante.desdePkcs12(
            Path.of(certificados.secretarioArchivo()), clave(certificados.secretarioClave())),
        reloj);
  }

  public FirmadorPkcs12(CertificadoFirmante alcalde, CertificadoFirmante secretario, Clock reloj) {
    this.alcalde = alcalde;
    this.secretario = secretario;
    this.reloj = reloj;
  }

  @Override
  public byte[] firmar(byte[] pdf, TurnoDeFirma turno, String codigo, BloqueFirma bloque) {
    return pades.firmar(
        pdf, turno == TurnoDeFirma.ALCALDE ? alcalde : secretario, bloque, reloj.instant());
  }

  @Override
  public boolean pideCodigo() {
    return false;
  }

  private static char[] clave(String clave) {
    return clave == null ? new char[0] : clave.toCharArray();
  }
}
