package cl.conveniosomm.system.security.oidc;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The institution's OpenID Connect provider, for bearer tokens on the engine REST API. Off while
 * {@code issuer} is empty.
 *
 * @param issuer the provider's issuer URL (its {@code /.well-known/openid-configuration} is read on
 *     the first token); tokens of any other issuer are refused
 * @param claimUsuario the claim that identifies the person (never stored as is: see {@code
 *     claveSeudonimo})
 * @param claimGrupos the claim with the person's groups or roles (a list or one text)
 * @param claimComunas the claim with the comuna codes she works for (a list or one text)
 * @param grupos the provider's group names (without case) and the role groups they stand for; a
 *     name already equal to a role group needs no entry
 * @param claveSeudonimo the key of the keyed hash that turns the person's claim into her user id in
 *     the engine (at least 32 characters): a RUN never reaches the engine, a log or an email
 * @param basicActivo whether HTTP Basic stays open on the engine REST API beside bearer tokens
 * @param clienteId the app's client at the provider, for people's browser login; empty: tokens only
 * @param clienteSecreto that client's secret
 */
@ConfigurationProperties("omm.oidc")
public record OidcProperties(
    String issuer,
    String claimUsuario,
    String claimGrupos,
    String claimComunas,
    Map<String, String> grupos,
    String claveSeudonimo,
    Boolean basicActivo,
    String clienteId,
    String clienteSecreto) {

  public OidcProperties {
    issuer = issuer == null ? "" : issuer.trim();
    claimUsuario = claimUsuario == null || claimUsuario.isBlank() ? "sub" : claimUsuario;
    claimGrupos = claimGrupos == null || claimGrupos.isBlank() ? "groups" : claimGrupos;
    claimComunas = claimComunas == null || claimComunas.isBlank() ? "comunas" : claimComunas;
    // environment variables give lowercase keys: names are compared without case
    grupos =
        grupos == null
            ? Map.of()
            : grupos.entrySet().stream()
                .collect(
                    Collectors.toUnmodifiableMap(
                        grupo -> grupo.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue));
    claveSeudonimo = claveSeudonimo == null ? "" : claveSeudonimo;
    basicActivo = basicActivo == null || basicActivo;
    clienteId = clienteId == null ? "" : clienteId.trim();
    clienteSecreto = clienteSecreto == null ? "" : clienteSecreto;
  }

  /** Whether people log in to the webapps through the provider. */
  public boolean inicioDeSesion() {
    return activo() && !clienteId.isEmpty();
  }

  public boolean activo() {
    return !issuer.isEmpty();
  }
}
