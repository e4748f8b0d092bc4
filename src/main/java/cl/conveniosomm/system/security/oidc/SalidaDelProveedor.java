package cl.conveniosomm.system.security.oidc;

import jakarta.servlet.http.HttpSession;
import java.net.URI;
import java.util.Optional;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where a person who came through the institution's provider goes when she logs out, so that the
 * provider ends its session too (OpenID Connect RP-initiated logout): its {@code
 * end_session_endpoint}, told which login ended (her ID token, kept in her session for this only)
 * and where to send her back.
 */
public class SalidaDelProveedor {

  private static final String ID_TOKEN = SalidaDelProveedor.class.getName() + ".idToken";

  private final RegistroInstitucional registro;

  public SalidaDelProveedor(RegistroInstitucional registro) {
    this.registro = registro;
  }

  static void recordar(HttpSession sesion, String idToken) {
    sesion.setAttribute(ID_TOKEN, idToken);
  }

  /**
   * The provider's logout address for the session's login, or empty for a password login or a
   * provider that publishes none.
   */
  public Optional<URI> finDeSesion(HttpSession sesion, String regreso) {
    if (!(sesion.getAttribute(ID_TOKEN) instanceof String idToken)) {
      return Optional.empty();
    }
    ClientRegistration cliente = registro.registro();
    Object salida =
        cliente.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint");
    if (salida == null) {
      return Optional.empty();
    }
    return Optional.of(
        UriComponentsBuilder.fromUriString(salida.toString())
            .queryParam("id_token_hint", idToken)
            .queryParam("client_id", cliente.getClientId())
            .queryParam("post_logout_redirect_uri", regreso)
            .encode()
            .build()
            .toUri());
  }
}
