package cl.conveniosomm.decreto.firma;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The State's signing platform, FirmaGob (API v2, «tickets»), as the institution registered the app
 * there. Off while {@code url} is empty.
 *
 * @param url the tickets endpoint, e.g. {@code
 *     https://api.firma.digital.gob.cl/firma/v2/files/tickets}
 * @param entidad the institution as FirmaGob names it
 * @param apiTokenKey the app's registration code
 * @param secreto the key of the tickets' HS256 signature
 * @param proposito {@code Propósito General} (attended: the signer types her one-time code) or
 *     {@code Desatendido} (institutional seal)
 * @param runAlcalde the Alcalde's RUN without dots, hyphen or check digit: here only, never in the
 *     process, its history, a log or an email
 * @param runSecretario the Secretario/a Municipal's, likewise
 */
@ConfigurationProperties("omm.firma.firmagob")
public record FirmaGobProperties(
    String url,
    String entidad,
    String apiTokenKey,
    String secreto,
    String proposito,
    String runAlcalde,
    String runSecretario) {

  public static final String ATENDIDO = "Propósito General";

  public FirmaGobProperties {
    url = url == null ? "" : url.trim();
    proposito = proposito == null || proposito.isBlank() ? ATENDIDO : proposito.trim();
  }

  public boolean activo() {
    return !url.isEmpty();
  }

  public boolean atendido() {
    return ATENDIDO.equals(proposito);
  }
}
