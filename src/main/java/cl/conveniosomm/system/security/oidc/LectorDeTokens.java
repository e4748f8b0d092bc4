package cl.conveniosomm.system.security.oidc;

import cl.conveniosomm.proceso.Grupos;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

/**
 * Reads a bearer token of the configured OpenID Connect provider: its signature (the provider's
 * published keys), issuer and validity, then who it stands for. The person's identifying claim
 * becomes a keyed hash; her groups and comunas are kept only where the engine has them.
 */
public class LectorDeTokens {

  private static final String PREFIJO_USUARIO = "oidc-";
  private static final int LARGO_SEUDONIMO = 24;

  private final OidcProperties propiedades;
  private final JwtDecoder decodificador;
  private final IdentityService identidades;

  public LectorDeTokens(OidcProperties propiedades, IdentityService identidades) {
    this(
        propiedades,
        // the provider's keys are read on the first token: the app starts while the provider is
        // down
        new SupplierJwtDecoder(() -> JwtDecoders.fromIssuerLocation(propiedades.issuer())),
        identidades);
  }

  LectorDeTokens(
      OidcProperties propiedades, JwtDecoder decodificador, IdentityService identidades) {
    this.propiedades = propiedades;
    this.decodificador = decodificador;
    this.identidades = identidades;
  }

  /** Whether a provider is configured: without one no token is read. */
  public boolean activo() {
    return propiedades.activo();
  }

  /**
   * Who the token stands for, or a Spanish reason to refuse it (bad signature, other issuer,
   * expired, no role or comuna this app knows).
   */
  public IdentidadToken leer(String token) {
    if (!activo()) {
      throw new TokenRechazadoException("Convenios OMM no acepta tokens: use su usuario y clave.");
    }
    Jwt jwt;
    try {
      jwt = decodificador.decode(token);
    } catch (JwtException e) {
      throw new TokenRechazadoException(
          "El token no es válido para Convenios OMM (firma, emisor o vigencia).", e);
    }
    return identidad(jwt.getClaims(), String.valueOf(jwt.getIssuer()));
  }

  /**
   * Who the claims of the provider {@code emisor} stand for (a token's, or a login's ID token and
   * user info), or a Spanish reason why they open nothing.
   */
  public IdentidadToken identidad(Map<String, Object> reclamos, String emisor) {
    Object persona = reclamos.get(propiedades.claimUsuario());
    if (persona == null || persona.toString().isBlank()) {
      throw new TokenRechazadoException(
          "El token no identifica a la persona (falta «" + propiedades.claimUsuario() + "»).");
    }
    List<String> grupos = gruposConocidos(valores(reclamos.get(propiedades.claimGrupos())));
    List<String> comunas = comunasConocidas(valores(reclamos.get(propiedades.claimComunas())));
    if (grupos.isEmpty() || (comunas.isEmpty() && !grupos.contains(Grupos.CAMUNDA_ADMIN))) {
      throw new TokenRechazadoException(
          "Sin acceso: su cuenta no tiene un rol ni una municipalidad de Convenios OMM. Pida a su"
              + " institución que le asigne uno.");
    }
    return new IdentidadToken(seudonimo(emisor + "|" + persona), grupos, comunas);
  }

  private List<String> gruposConocidos(List<String> nombres) {
    List<String> grupos =
        nombres.stream()
            .map(
                nombre ->
                    propiedades.grupos().getOrDefault(nombre.toLowerCase(Locale.ROOT), nombre))
            .distinct()
            .toList();
    if (grupos.isEmpty()) {
      return grupos;
    }
    return identidades.createGroupQuery().groupIdIn(grupos.toArray(String[]::new)).list().stream()
        .map(Group::getId)
        .sorted()
        .toList();
  }

  private List<String> comunasConocidas(List<String> codigos) {
    if (codigos.isEmpty()) {
      return codigos;
    }
    return identidades
        .createTenantQuery()
        .tenantIdIn(codigos.toArray(String[]::new))
        .list()
        .stream()
        .map(Tenant::getId)
        .sorted()
        .toList();
  }

  private static List<String> valores(Object claim) {
    if (claim instanceof Collection<?> lista) {
      return lista.stream().map(String::valueOf).filter(valor -> !valor.isBlank()).toList();
    }
    return Optional.ofNullable(claim)
        .map(String::valueOf)
        .filter(valor -> !valor.isBlank())
        .map(List::of)
        .orElse(List.of());
  }

  /** A stable user id that does not reveal the claim (a RUN, an email) it comes from. */
  private String seudonimo(String persona) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(
          new SecretKeySpec(
              propiedades.claveSeudonimo().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      String hash = HexFormat.of().formatHex(mac.doFinal(persona.getBytes(StandardCharsets.UTF_8)));
      return PREFIJO_USUARIO + hash.substring(0, LARGO_SEUDONIMO);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HMAC-SHA256 no disponible", e);
    }
  }
}
