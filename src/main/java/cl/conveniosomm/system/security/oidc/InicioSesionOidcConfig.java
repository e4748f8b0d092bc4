package cl.conveniosomm.system.security.oidc;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * People log in to Tasklist, Cockpit and Admin through the institution's provider: {@code /sso}
 * sends them there (OpenID Connect authorization code), and on their way back the app reads who
 * they are as it reads a token ({@link LectorDeTokens}), keeps the engine's record of her in step
 * ({@link PersonasOidc}) and opens her webapp session. Someone without a role or comuna of the app
 * lands on {@code /sin-acceso.html}. On only with {@code omm.oidc.issuer} and {@code
 * omm.oidc.cliente-id}.
 */
@Configuration
@ConditionalOnExpression(
    "!'${omm.oidc.issuer:}'.isBlank() and !'${omm.oidc.cliente-id:}'.isBlank()")
public class InicioSesionOidcConfig {

  private static final String SIN_ACCESO = "/sin-acceso.html";
  private static final String TASKLIST = "/camunda/app/tasklist/default/";
  private static final Logger LOG = LoggerFactory.getLogger(InicioSesionOidcConfig.class);

  @Bean
  public RegistroInstitucional registroInstitucional(OidcProperties oidc) {
    return new RegistroInstitucional(oidc);
  }

  @Bean
  public SalidaDelProveedor salidaDelProveedor(RegistroInstitucional registro) {
    return new SalidaDelProveedor(registro);
  }

  @Bean
  @Order(0)
  public SecurityFilterChain inicioSesionOidc(
      HttpSecurity http,
      RegistroInstitucional registro,
      LectorDeTokens tokens,
      IdentityService identidades,
      ProcessEngine engine)
      throws Exception {
    PersonasOidc personas = new PersonasOidc(identidades);
    return http.securityMatcher("/sso", "/oauth2/authorization/**", "/login/oauth2/code/**")
        .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
        .oauth2Login(
            login ->
                login
                    .clientRegistrationRepository(registro)
                    .successHandler(
                        (request, response, autenticacion) ->
                            abrirSesion(request, response, autenticacion, tokens, personas, engine))
                    .failureHandler(
                        (request, response, error) -> {
                          LOG.info(
                              "Inicio de sesión institucional fallido: {}", error.getMessage());
                          response.sendRedirect(request.getContextPath() + SIN_ACCESO);
                        }))
        // the webapp session is the person's session: Spring keeps nothing of its own in it
        .securityContext(
            context ->
                context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
        .exceptionHandling(
            exceptions ->
                exceptions.authenticationEntryPoint(
                    new LoginUrlAuthenticationEntryPoint(
                        "/oauth2/authorization/" + RegistroInstitucional.ID)))
        .build();
  }

  private static void abrirSesion(
      HttpServletRequest request,
      HttpServletResponse response,
      Authentication autenticacion,
      LectorDeTokens tokens,
      PersonasOidc personas,
      ProcessEngine engine)
      throws IOException {
    OidcUser persona = (OidcUser) autenticacion.getPrincipal();
    IdentidadToken identidad;
    try {
      identidad =
          tokens.identidad(persona.getClaims(), String.valueOf(persona.getIdToken().getIssuer()));
    } catch (TokenRechazadoException e) {
      LOG.info("Inicio de sesión institucional sin acceso: {}", e.getMessage());
      response.sendRedirect(request.getContextPath() + SIN_ACCESO);
      return;
    }
    personas.sincronizar(identidad);
    UserAuthentication sesion =
        AuthenticationUtil.createAuthentication(
            engine, identidad.usuario(), identidad.grupos(), identidad.comunas());
    Authentications sesiones = AuthenticationUtil.getAuthsFromSession(request.getSession());
    sesiones.addOrReplace(sesion);
    AuthenticationUtil.updateSession(request.getSession(), sesiones);
    SalidaDelProveedor.recordar(request.getSession(), persona.getIdToken().getTokenValue());
    response.sendRedirect(request.getContextPath() + TASKLIST);
  }
}
