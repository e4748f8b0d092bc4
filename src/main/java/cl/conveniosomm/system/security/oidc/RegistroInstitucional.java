package cl.conveniosomm.system.security.oidc;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.util.function.SingletonSupplier;

/**
 * The app as a client of the institution's provider: its endpoints read from the provider's
 * discovery document on first use, so the app starts while the provider is down.
 */
public class RegistroInstitucional implements ClientRegistrationRepository {

  public static final String ID = "institucion";

  private final SingletonSupplier<ClientRegistration> registro;

  public RegistroInstitucional(OidcProperties oidc) {
    this.registro =
        SingletonSupplier.of(
            () ->
                ClientRegistrations.fromIssuerLocation(oidc.issuer())
                    .registrationId(ID)
                    .clientId(oidc.clienteId())
                    .clientSecret(oidc.clienteSecreto())
                    .scope("openid")
                    .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                    .build());
  }

  @Override
  public ClientRegistration findByRegistrationId(String registrationId) {
    return ID.equals(registrationId) ? registro.obtain() : null;
  }

  public ClientRegistration registro() {
    return registro.obtain();
  }
}
