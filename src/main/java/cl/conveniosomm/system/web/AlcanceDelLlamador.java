package cl.conveniosomm.system.web;

import cl.conveniosomm.municipio.Alcance;
import cl.conveniosomm.proceso.Grupos;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * The tenants of whoever calls the engine API: as the REST API's HTTP Basic filter authenticated
 * her for this request, or as her webapp session (Tasklist, Cockpit) holds them.
 */
final class AlcanceDelLlamador {

  private AlcanceDelLlamador() {
  }

  /** Unauthenticated calls go on to the engine, which answers 401 without looking further. */
  static boolean tieneCredenciales(HttpServletRequest request) {
    return request.getHeader("Authorization") != null || request.getSession(false) != null;
  }

  static Alcance de(HttpServletRequest request, IdentityService identityService) {
    Authentication rest = identityService.getCurrentAuthentication();
    if (rest != null) {
      return alcance(rest.getGroupIds(), rest.getTenantIds());
    }
    HttpSession session = request.getSession(false);
    Authentications webapps = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
    if (webapps != null && webapps.getAuthenticationForProcessEngine("default") instanceof UserAuthentication user) {
      return alcance(user.getGroupIds(), user.getTenantIds());
    }
    return Alcance.NINGUNA;
  }

  private static Alcance alcance(List<String> grupos, List<String> tenants) {
    if (grupos != null && grupos.contains(Grupos.CAMUNDA_ADMIN)) {
      return Alcance.TODAS;
    }
    return Alcance.de(tenants == null ? List.of() : tenants);
  }
}
