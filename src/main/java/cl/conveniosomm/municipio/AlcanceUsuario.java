package cl.conveniosomm.municipio;

import cl.conveniosomm.proceso.Grupos;
import cl.conveniosomm.system.security.oidc.IdentidadToken;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Which comunas the logged-in person may see in the app's own endpoints, from the same tenant
 * memberships Camunda's tenant check uses in Tasklist, Cockpit and REST: hers and her groups'.
 */
@Component
public class AlcanceUsuario {

  private final IdentityService identityService;

  public AlcanceUsuario(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** The current request's person; nothing when nobody is logged in. */
  public Alcance actual() {
    Authentication usuario = SecurityContextHolder.getContext().getAuthentication();
    return usuario == null || !usuario.isAuthenticated() ? Alcance.NINGUNA : de(usuario);
  }

  public Alcance de(Authentication usuario) {
    boolean administrador =
        usuario.getAuthorities().stream()
            .anyMatch(
                authority -> authority.getAuthority().equals("GROUP_" + Grupos.CAMUNDA_ADMIN));
    if (administrador) {
      return Alcance.TODAS;
    }
    if (usuario.getDetails() instanceof IdentidadToken token) {
      // a person of the OpenID Connect provider: her comunas are her token's, not the engine's
      return Alcance.de(token.comunas());
    }
    return Alcance.de(
        identityService
            .createTenantQuery()
            .userMember(usuario.getName())
            .includingGroupsOfUser(true)
            .list()
            .stream()
            .map(Tenant::getId)
            .toList());
  }
}
