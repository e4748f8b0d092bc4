package cl.conveniosomm.system.security.oidc;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who calls the engine REST API: a bearer token of the institution's OpenID Connect provider, when
 * one is configured, or HTTP Basic against the engine's users (unless turned off). A token carries
 * its own groups and comunas, so the engine checks the same authorizations and tenants for it.
 */
public class BasicOBearerProvider implements AuthenticationProvider {

  private static final Logger LOG = LoggerFactory.getLogger(BasicOBearerProvider.class);
  private static final String BEARER = "Bearer ";

  private final HttpBasicAuthenticationProvider basic = new HttpBasicAuthenticationProvider();
  private final LectorDeTokens tokens;
  private final boolean basicActivo;

  public BasicOBearerProvider(LectorDeTokens tokens, boolean basicActivo) {
    this.tokens = tokens;
    this.basicActivo = basicActivo;
  }

  @Override
  public AuthenticationResult extractAuthenticatedUser(
      HttpServletRequest request, ProcessEngine engine) {
    String cabecera = request.getHeader("Authorization");
    if (tokens.activo() && esBearer(cabecera)) {
      try {
        IdentidadToken identidad = tokens.leer(token(cabecera));
        AuthenticationResult resultado = AuthenticationResult.successful(identidad.usuario());
        resultado.setGroups(identidad.grupos());
        resultado.setTenants(identidad.comunas());
        return resultado;
      } catch (TokenRechazadoException e) {
        LOG.info("Token rechazado en {}: {}", request.getRequestURI(), e.getMessage());
        return AuthenticationResult.unsuccessful();
      }
    }
    return basicActivo
        ? basic.extractAuthenticatedUser(request, engine)
        : AuthenticationResult.unsuccessful();
  }

  @Override
  public void augmentResponseByAuthenticationChallenge(
      HttpServletResponse response, ProcessEngine engine) {
    if (tokens.activo()) {
      response.addHeader("WWW-Authenticate", "Bearer realm=\"" + engine.getName() + "\"");
    }
    if (basicActivo) {
      basic.augmentResponseByAuthenticationChallenge(response, engine);
    }
  }

  /** Whether an Authorization header carries a bearer token (the scheme is case-insensitive). */
  public static boolean esBearer(String cabecera) {
    return cabecera != null && cabecera.regionMatches(true, 0, BEARER, 0, BEARER.length());
  }

  /** The token of a bearer Authorization header. */
  public static String token(String cabecera) {
    return cabecera.substring(BEARER.length()).trim();
  }
}
