package cl.conveniosomm.municipio;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.TENANT;

import cl.conveniosomm.municipio.catalogo.CatalogoComunas;
import cl.conveniosomm.municipio.catalogo.Comuna;
import cl.conveniosomm.proceso.Grupos;
import cl.conveniosomm.system.identity.AuthorizationGrants;
import cl.conveniosomm.system.identity.PasswordRules;
import cl.conveniosomm.system.texto.DireccionCorreo;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Onboards a municipality in one idempotent step: its tenant, the tenant memberships of its
 * regional SERNAMEG office and of the national one, its people with their role groups and tenant,
 * and their right to read their tenant. Running it again with the same request changes nothing.
 */
@Service
public class IncorporacionMunicipios {

  private static final Logger LOG = LoggerFactory.getLogger(IncorporacionMunicipios.class);
  private static final Pattern ID_USUARIO = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private final IdentityService identityService;
  private final CatalogoComunas catalogo;
  private final AuthorizationGrants grants;
  private final PasswordRules politica = new PasswordRules();

  public IncorporacionMunicipios(
      IdentityService identityService, CatalogoComunas catalogo, AuthorizationGrants grants) {
    this.identityService = identityService;
    this.catalogo = catalogo;
    this.grants = grants;
  }

  /**
   * Onboards every request or, when one is refused, none: the refusal names the request by its
   * position (1 is the first).
   */
  @Transactional
  public List<ResultadoIncorporacion> incorporarTodas(List<SolicitudIncorporacion> solicitudes) {
    List<ResultadoIncorporacion> resultados = new ArrayList<>();
    for (int i = 0; i < solicitudes.size(); i++) {
      try {
        resultados.add(incorporar(solicitudes.get(i)));
      } catch (IncorporacionInvalidaException e) {
        throw new IncorporacionInvalidaException(
            "Municipalidad N° "
                + (i + 1)
                + " (comuna '"
                + solicitudes.get(i).comuna()
                + "'): "
                + e.getMessage());
      }
    }
    return resultados;
  }

  @Transactional
  public ResultadoIncorporacion incorporar(SolicitudIncorporacion solicitud) {
    Comuna comuna =
        catalogo
            .porCodigo(solicitud.comuna())
            .orElseThrow(
                () ->
                    new IncorporacionInvalidaException(
                        "La comuna '"
                            + solicitud.comuna()
                            + "' no está en el catálogo de comunas de Chile (código CUT de 5 dígitos)."));
    List<SolicitudIncorporacion.Persona> personas =
        solicitud.usuarios() == null ? List.of() : solicitud.usuarios();
    personas.forEach(this::validar);

    List<String> cambios = new ArrayList<>();
    if (identityService.createTenantQuery().tenantId(comuna.codigo()).count() == 0) {
      Tenant tenant = identityService.newTenant(comuna.codigo());
      tenant.setName(comuna.nombre());
      identityService.saveTenant(tenant);
      cambios.add("tenant " + comuna.codigo() + " creado");
    }
    for (String oficina :
        List.of(Municipios.grupoRegional(comuna.regionCodigo()), Municipios.SERNAMEG_NACIONAL)) {
      if (identityService.createTenantQuery().tenantId(comuna.codigo()).groupMember(oficina).count()
          == 0) {
        identityService.createTenantGroupMembership(comuna.codigo(), oficina);
        cambios.add("grupo " + oficina + " ve el tenant");
      }
    }
    for (SolicitudIncorporacion.Persona persona : personas) {
      incorporar(persona, comuna, cambios);
    }
    LOG.info(
        "Municipalidad de {} ({}) incorporada: {}",
        comuna.nombre(),
        comuna.codigo(),
        cambios.isEmpty() ? "sin cambios" : String.join(", ", cambios));
    return new ResultadoIncorporacion(
        comuna.codigo(), comuna.nombre(), comuna.regionNombre(), cambios);
  }

  private void incorporar(
      SolicitudIncorporacion.Persona persona, Comuna comuna, List<String> cambios) {
    if (identityService.createUserQuery().userId(persona.id()).count() == 0) {
      User user = nuevoUsuario(persona);
      user.setPassword(persona.contrasena());
      identityService.saveUser(user);
      cambios.add("usuario " + persona.id() + " creado");
    }
    for (String grupo : persona.grupos()) {
      if (identityService.createUserQuery().userId(persona.id()).memberOfGroup(grupo).count()
          == 0) {
        identityService.createMembership(persona.id(), grupo);
        cambios.add(persona.id() + " en el grupo " + grupo);
      }
    }
    if (identityService
            .createTenantQuery()
            .tenantId(comuna.codigo())
            .userMember(persona.id())
            .count()
        == 0) {
      identityService.createTenantUserMembership(comuna.codigo(), persona.id());
      cambios.add(persona.id() + " en el tenant " + comuna.codigo());
    }
    grants.grantUser(persona.id(), TENANT, comuna.codigo(), READ);
  }

  private User nuevoUsuario(SolicitudIncorporacion.Persona persona) {
    User user = identityService.newUser(persona.id());
    user.setFirstName(persona.nombre());
    user.setLastName(persona.apellido());
    user.setEmail(persona.email());
    return user;
  }

  /** A new person's initial password holds the password policy; an existing person keeps hers. */
  private void validarContrasena(SolicitudIncorporacion.Persona persona) {
    if (identityService.createUserQuery().userId(persona.id()).count() > 0) {
      return;
    }
    if (persona.contrasena() == null || persona.contrasena().isEmpty()) {
      throw new IncorporacionInvalidaException(
          "El usuario nuevo '"
              + persona.id()
              + "' necesita una contraseña inicial. "
              + PasswordRules.everyRule());
    }
    List<String> problemas = politica.problems(persona.contrasena(), nuevoUsuario(persona));
    if (!problemas.isEmpty()) {
      throw new IncorporacionInvalidaException(
          "La contraseña inicial de '"
              + persona.id()
              + "' no es segura. "
              + PasswordRules.sentence(problemas));
    }
  }

  private void validar(SolicitudIncorporacion.Persona persona) {
    if (persona.id() == null
        || !ID_USUARIO.matcher(persona.id()).matches()
        || persona.id().length() > 64) {
      throw new IncorporacionInvalidaException(
          "Id de usuario inválido: '"
              + persona.id()
              + "'. Use minúsculas, dígitos y guiones (por ejemplo, dideco-coquimbo).");
    }
    if (persona.email() == null || !DireccionCorreo.esValida(persona.email())) {
      throw new IncorporacionInvalidaException(
          "El correo de '" + persona.id() + "' no es válido: '" + persona.email() + "'.");
    }
    if (persona.grupos() == null
        || persona.grupos().isEmpty()
        || !Grupos.MUNICIPALES.containsAll(persona.grupos())) {
      throw new IncorporacionInvalidaException(
          "Los grupos de '"
              + persona.id()
              + "' deben ser roles municipales: "
              + String.join(", ", Grupos.MUNICIPALES)
              + ".");
    }
    validarContrasena(persona);
  }
}
