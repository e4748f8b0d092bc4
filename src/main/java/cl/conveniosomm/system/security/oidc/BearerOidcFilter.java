package cl.conveniosomm.system.security.oidc;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The app's own endpoints with a bearer token of the configured OpenID Connect provider: the same
 * reading as on the engine REST API ({@link LectorDeTokens}), so the person has the same pseudonym,
 * groups (as {@code GROUP_<id>} authorities) and comunas (the authentication's details) there. A
 * token it refuses answers 401 and goes no further.
 */
public class BearerOidcFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(BearerOidcFilter.class);

  private final LectorDeTokens tokens;
  private final AuthenticationEntryPoint rechazo;

  public BearerOidcFilter(LectorDeTokens tokens, AuthenticationEntryPoint rechazo) {
    this.tokens = tokens;
    this.rechazo = rechazo;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String cabecera = request.getHeader("Authorization");
    if (!tokens.activo() || !BasicOBearerProvider.esBearer(cabecera)) {
      chain.doFilter(request, response);
      return;
    }
    try {
      IdentidadToken identidad = tokens.leer(BasicOBearerProvider.token(cabecera));
      var autenticacion =
          UsernamePasswordAuthenticationToken.authenticated(
              identidad.usuario(),
              null,
              identidad.grupos().stream()
                  .map(grupo -> new SimpleGrantedAuthority("GROUP_" + grupo))
                  .toList());
      autenticacion.setDetails(identidad);
      SecurityContextHolder.getContext().setAuthentication(autenticacion);
    } catch (TokenRechazadoException e) {
      LOG.info("Token rechazado en {}: {}", request.getRequestURI(), e.getMessage());
      SecurityContextHolder.clearContext();
      rechazo.commence(request, response, new BadCredentialsException(e.getMessage(), e));
      return;
    }
    chain.doFilter(request, response);
  }
}
