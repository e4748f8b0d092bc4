package cl.conveniosomm.decreto.firma;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The municipality's own certificates for the decreto's signatures, as PKCS#12 files (.p12/.pfx)
 * issued by an accredited authority. Off while the Alcalde's file is not set.
 */
@ConfigurationProperties("omm.firma.pkcs12")
public record FirmaPkcs12Properties(
    String alcaldeArchivo, String alcaldeClave, String secretarioArchivo, String secretarioClave) {

  public boolean activo() {
    return alcaldeArchivo != null && !alcaldeArchivo.isBlank();
  }
}
