package cl.conveniosomm.system.security.oidc;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;

/**
 * A person who logs in through the provider, as the engine's identity service must know her for the
 * webapps to open a session: her pseudonym as user id, no name, no email, a password nobody is
 * told, and exactly the groups and comunas of her last login.
 */
public class PersonasOidc {

  private static final SecureRandom AZAR = new SecureRandom();

  private final IdentityService identidades;

  public PersonasOidc(IdentityService identidades) {
    this.identidades = identidades;
  }

  public void sincronizar(IdentidadToken persona) {
    String id = persona.usuario();
    if (identidades.createUserQuery().userId(id).count() == 0) {
      User usuario = identidades.newUser(id);
      usuario.setFirstName("Persona");
      usuario.setLastName("de inicio de sesión institucional");
      byte[] bytes = new byte[32];
      AZAR.nextBytes(bytes);
      // meets the password rules; nobody knows it, so only the provider logs her in
      usuario.setPassword("Aa1-" + HexFormat.of().formatHex(bytes));
      identidades.saveUser(usuario);
    }
    List<String> grupos =
        identidades.createGroupQuery().groupMember(id).list().stream().map(Group::getId).toList();
    persona.grupos().stream()
        .filter(grupo -> !grupos.contains(grupo))
        .forEach(grupo -> identidades.createMembership(id, grupo));
    grupos.stream()
        .filter(grupo -> !persona.grupos().contains(grupo))
        .forEach(grupo -> identidades.deleteMembership(id, grupo));
    List<String> comunas =
        identidades.createTenantQuery().userMember(id).list().stream().map(Tenant::getId).toList();
    persona.comunas().stream()
        .filter(comuna -> !comunas.contains(comuna))
        .forEach(comuna -> identidades.createTenantUserMembership(comuna, id));
    comunas.stream()
        .filter(comuna -> !persona.comunas().contains(comuna))
        .forEach(comuna -> identidades.deleteTenantUserMembership(comuna, id));
  }
}
