package cl.conveniosomm.support;

import cl.conveniosomm.decreto.firma.CertificadoFirmante;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A certification authority for tests, as an accredited one issues signing certificates: a root of
 * its own and, per person, an RSA key with a certificate for digital signature and non-repudiation,
 * delivered as a PKCS#12 file.
 */
public final class AutoridadDePrueba {

  public static final String NOMBRE = "Autoridad Certificadora de Prueba";

  private static final AtomicLong SERIE = new AtomicLong(1);
  private static final KeyPair RAIZ = par();
  private static final X509Certificate CERTIFICADO_RAIZ =
      emitir(
          new X500Name("CN=" + NOMBRE + ",O=Convenios OMM,C=CL"),
          RAIZ,
          new X500Name("CN=" + NOMBRE + ",O=Convenios OMM,C=CL"),
          true);

  private AutoridadDePrueba() {}

  public static X509Certificate raiz() {
    return CERTIFICADO_RAIZ;
  }

  /** A certificate for the person, valid from 30 days ago for a year. */
  public static CertificadoFirmante certificado(String nombre) {
    KeyPair par = par();
    X509Certificate certificado =
        emitir(
            new X500Name("CN=" + nombre + ",O=Ilustre Municipalidad de La Serena,C=CL"),
            par,
            X500Name.getInstance(CERTIFICADO_RAIZ.getSubjectX500Principal().getEncoded()),
            false);
    return new CertificadoFirmante(par.getPrivate(), List.of(certificado, CERTIFICADO_RAIZ));
  }

  /** The person's certificate as a PKCS#12 file under {@code carpeta}, with that password. */
  public static Path pkcs12(String nombre, Path carpeta, char[] clave) {
    CertificadoFirmante firmante = certificado(nombre);
    try {
      KeyStore almacen = KeyStore.getInstance("PKCS12");
      almacen.load(null, null);
      almacen.setKeyEntry(
          "firma", firmante.clave(), clave, firmante.cadena().toArray(Certificate[]::new));
      Path archivo = Files.createTempFile(carpeta, "firma-", ".p12");
      try (OutputStream salida = Files.newOutputStream(archivo)) {
        almacen.store(salida, clave);
      }
      return archivo;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static KeyPair par() {
    try {
      KeyPairGenerator generador = KeyPairGenerator.getInstance("RSA");
      generador.initialize(2048);
      return generador.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static X509Certificate emitir(
      X500Name sujeto, KeyPair par, X500Name emisor, boolean autoridad) {
    Instant ahora = Instant.now();
    try {
      var constructor =
          new JcaX509v3CertificateBuilder(
                  emisor,
                  BigInteger.valueOf(SERIE.getAndIncrement()),
                  Date.from(ahora.minus(Duration.ofDays(30))),
                  Date.from(ahora.plus(Duration.ofDays(365))),
                  sujeto,
                  par.getPublic())
              .addExtension(Extension.basicConstraints, true, new BasicConstraints(autoridad))
              .addExtension(
                  Extension.keyUsage,
                  true,
                  new KeyUsage(
                      autoridad
                          ? KeyUsage.keyCertSign | KeyUsage.cRLSign
                          : KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
      return new JcaX509CertificateConverter()
          .getCertificate(
              constructor.build(
                  new JcaContentSignerBuilder("SHA256withRSA")
                      .build(autoridad ? par.getPrivate() : RAIZ.getPrivate())));
    } catch (IOException | GeneralSecurityException | OperatorCreationException e) {
      throw new IllegalStateException(e);
    }
  }
}
