package cl.conveniosomm.support;

import cl.conveniosomm.decreto.borrador.DocumentoDecreto;
import cl.conveniosomm.decreto.firma.BloqueFirma;
import cl.conveniosomm.decreto.firma.CertificadoFirmante;
import cl.conveniosomm.decreto.firma.FirmaPades;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * La Serena's decreto signed by the Alcalde, then by the Secretario Municipal as ministro de fe,
 * each with the certificate of a PKCS#12 file from the test authority. Made once per JVM.
 */
public final class DecretosFirmados {

  public static final char[] CLAVE = "Clave-Del-Certificado-2026".toCharArray();
  public static final String ALCALDE = "ROBERTO JACOB JURE";
  public static final String SECRETARIO = "LUIGIANO MALUENDA VILLEGAS";
  public static final String DECRETO = "Decreto N° 5.124 de 04-12-2026";

  /** This morning and this afternoon, within the certificates' validity. */
  public static final Instant PRIMERA =
      Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(13));

  public static final Instant SEGUNDA = PRIMERA.plus(Duration.ofMinutes(205));

  private static byte[] decreto;
  private static byte[] firmadoPorElAlcalde;
  private static byte[] firmadoPorAmbos;

  private DecretosFirmados() {}

  /** The decreto as generated, unsigned. */
  public static synchronized byte[] sinFirmar() {
    firmar();
    return decreto.clone();
  }

  public static synchronized byte[] porElAlcalde() {
    firmar();
    return firmadoPorElAlcalde.clone();
  }

  public static synchronized byte[] porAmbos() {
    firmar();
    return firmadoPorAmbos.clone();
  }

  /** A copy of the doubly signed decreto with one byte of the decreto's own text changed. */
  public static byte[] adulterado() {
    byte[] copia = porAmbos();
    int posicion = sinFirmar().length / 2;
    copia[posicion] = (byte) (copia[posicion] ^ 0x01);
    return copia;
  }

  /** The person's certificate as a PKCS#12 file, read back as the app reads one. */
  public static CertificadoFirmante certificado(String nombre) {
    try {
      Path carpeta = Files.createTempDirectory("certificados-");
      return CertificadoFirmante.desdePkcs12(
          AutoridadDePrueba.pkcs12(nombre, carpeta, CLAVE), CLAVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void firmar() {
    if (decreto != null) {
      return;
    }
    FirmaPades firma = new FirmaPades();
    decreto =
        new DocumentoDecreto("", "https://convenios.laserena.cl").pdf(BorradoresDePrueba.LA_SERENA);
    firmadoPorElAlcalde =
        firma.firmar(
            decreto,
            certificado(ALCALDE),
            new BloqueFirma(1, ALCALDE, "Alcalde", DECRETO, "K7Q2-9XHD"),
            PRIMERA);
    firmadoPorAmbos =
        firma.firmar(
            firmadoPorElAlcalde,
            certificado(SECRETARIO),
            new BloqueFirma(
                2, SECRETARIO, "Secretario Municipal, ministro de fe", DECRETO, "K7Q2-9XHD"),
            SEGUNDA);
  }
}
