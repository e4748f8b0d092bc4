package cl.conveniosomm.system.security.ldap;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.identity.impl.ldap.LdapConfiguration;
import org.camunda.bpm.identity.impl.ldap.LdapGroupEntity;
import org.camunda.bpm.identity.impl.ldap.LdapGroupQuery;
import org.camunda.bpm.identity.impl.ldap.LdapIdentityProviderSession;
import org.camunda.bpm.identity.impl.ldap.LdapUserEntity;
import org.camunda.bpm.identity.impl.ldap.LdapUserQueryImpl;

/**
 * Camunda's LDAP plugin session, asked by the app's identity provider rather than by the engine.
 * The plugin runs its single-result lookups as engine queries, which the engine would hand back to
 * the app's provider: here they ask the directory directly.
 */
class SesionDirectorio extends LdapIdentityProviderSession {

  SesionDirectorio(LdapConfiguration configuracion) {
    super(configuracion);
  }

  LdapUserQueryImpl consulta() {
    return new LdapUserQueryImpl(ldapConfiguration);
  }

  @Override
  public User findUserById(String userId) {
    List<User> usuarios = findUserByQueryCriteria((LdapUserQueryImpl) consulta().userId(userId));
    return usuarios.isEmpty() ? null : usuarios.get(0);
  }

  @Override
  public Group findGroupById(String groupId) {
    List<Group> grupos =
        findGroupByQueryCriteria((LdapGroupQuery) new LdapGroupQuery().groupId(groupId));
    return grupos.isEmpty() ? null : grupos.get(0);
  }

  /** The names of the directory groups the person is a member of. */
  Set<String> gruposDe(String userId) {
    return findGroupByQueryCriteria((LdapGroupQuery) new LdapGroupQuery().groupMember(userId))
        .stream()
        .map(Group::getId)
        .collect(Collectors.toUnmodifiableSet());
  }

  @Override
  protected String getDnForUser(String userId) {
    return findUserById(userId) instanceof LdapUserEntity usuario ? usuario.getDn() : "";
  }

  @Override
  protected String getDnForGroup(String groupId) {
    return findGroupById(groupId) instanceof LdapGroupEntity grupo ? grupo.getDn() : "";
  }
}
