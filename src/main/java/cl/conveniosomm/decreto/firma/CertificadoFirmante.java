package cl.conveniosomm.decreto.firma;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.security.auth.x500.X500Principal;

/**
 * Who signs with a certificate of her own: her private key and her certificate chain, the signer's
 * certificate first.
 */
public record CertificadoFirmante(PrivateKey clave, List<X509Certificate> cadena) {

  public X509Certificate certificado() {
    return cadena.get(0);
  }

  /** The signer's name as her certificate gives it (its common name). */
  public String nombre() {
    return nombreComun(certificado().getSubjectX500Principal());
  }

  /**
   * The key and chain of a PKCS#12 file (.p12/.pfx), as certification authorities deliver them.
   *
   * @throws IllegalArgumentException in Spanish, when the file cannot be read, the password is
   *     wrong or it holds no key
   */
  public static CertificadoFirmante desdePkcs12(Path archivo, char[] clave) {
    try (InputStream entrada = Files.newInputStream(archivo)) {
      KeyStore almacen = KeyStore.getInstance("PKCS12");
      almacen.load(entrada, clave);
      for (String alias : Collections.list(almacen.aliases())) {
        if (almacen.isKeyEntry(alias)) {
          Certificate[] cadena = almacen.getCertificateChain(alias);
          return new CertificadoFirmante(
              (PrivateKey) almacen.getKey(alias, clave),
              Arrays.stream(cadena).map(X509Certificate.class::cast).toList());
        }
      }
      throw new IllegalArgumentException(
          "El certificado " + archivo + " no trae una clave privada con la que firmar.");
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalArgumentException(
          "No se pudo abrir el certificado "
              + archivo
              + ": revise la ruta y la contraseña ("
              + e.getMessage()
              + ").",
          e);
    }
  }

  /** The common name (CN) of a certificate's subject or issuer, or the whole name without one. */
  static String nombreComun(X500Principal nombre) {
    try {
      return new LdapName(nombre.getName())
          .getRdns().stream()
              .filter(rdn -> rdn.getType().equalsIgnoreCase("CN"))
              .map(rdn -> rdn.getValue().toString())
              .findFirst()
              .orElse(nombre.getName());
    } catch (InvalidNameException e) {
      return nombre.getName();
    }
  }
}
