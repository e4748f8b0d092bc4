package cl.conveniosomm.system.security.ldap;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.identity.impl.ldap.LdapConfiguration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * A municipality's directory (LDAP or Active Directory) as a source of people: who they are, their
 * password, and through their directory groups their role groups. Off while {@code url} is empty.
 *
 * @param url the directory, e.g. {@code ldaps://dc.municipio.cl:636}
 * @param usuario the DN the app searches the directory as (read only)
 * @param clave that DN's password
 * @param baseDn where people and groups live, e.g. {@code dc=municipio,dc=cl}
 * @param baseUsuarios people's branch under {@code baseDn}, e.g. {@code ou=personas}
 * @param filtroUsuarios which entries are people
 * @param atributoUsuario the attribute that is the person's user id ({@code uid}; Active Directory:
 *     {@code sAMAccountName}); never a RUN
 * @param atributoNombre her first name
 * @param atributoApellido her last name
 * @param atributoCorreo her email, where reminders go
 * @param baseGrupos groups' branch under {@code baseDn}
 * @param filtroGrupos which entries are groups
 * @param atributoGrupo the attribute that names a group ({@code cn})
 * @param atributoMiembro the group attribute that lists its members' DNs ({@code member})
 * @param grupos which role group each directory group stands for, as {@code Nombre del grupo=rol}
 *     pairs separated by commas (names without case), e.g. {@code OMM-Dideco=dideco,
 *     OMM-Alcaldia=alcalde}
 * @param comuna the code of the municipality whose people the directory holds (its tenant)
 */
@ConfigurationProperties("omm.ldap")
public record LdapProperties(
    String url,
    String usuario,
    String clave,
    String baseDn,
    String baseUsuarios,
    String filtroUsuarios,
    String atributoUsuario,
    String atributoNombre,
    String atributoApellido,
    String atributoCorreo,
    String baseGrupos,
    String filtroGrupos,
    String atributoGrupo,
    String atributoMiembro,
    String grupos,
    String comuna) {

  public LdapProperties {
    url = texto(url);
    usuario = texto(usuario);
    clave = clave == null ? "" : clave;
    baseDn = texto(baseDn);
    baseUsuarios = texto(baseUsuarios);
    filtroUsuarios = texto(filtroUsuarios, "(objectclass=person)");
    atributoUsuario = texto(atributoUsuario, "uid");
    atributoNombre = texto(atributoNombre, "givenName");
    atributoApellido = texto(atributoApellido, "sn");
    atributoCorreo = texto(atributoCorreo, "mail");
    baseGrupos = texto(baseGrupos);
    filtroGrupos = texto(filtroGrupos, "(objectclass=groupOfNames)");
    atributoGrupo = texto(atributoGrupo, "cn");
    atributoMiembro = texto(atributoMiembro, "member");
    grupos = texto(grupos);
    comuna = texto(comuna);
  }

  public boolean activo() {
    return !url.isEmpty();
  }

  /**
   * The directory group names (lowercase) and the role group each stands for.
   *
   * @throws IllegalArgumentException in Spanish, for a pair without a name or a role
   */
  public static Map<String, String> mapaDeGrupos(String grupos) {
    Map<String, String> mapa = new LinkedHashMap<>();
    for (String par : grupos.split(",")) {
      if (par.isBlank()) {
        continue;
      }
      int igual = par.lastIndexOf('=');
      String nombre = igual < 0 ? "" : par.substring(0, igual).trim();
      String rol = igual < 0 ? "" : par.substring(igual + 1).trim();
      if (nombre.isEmpty() || rol.isEmpty()) {
        throw new IllegalArgumentException(
            "«" + par.trim() + "» debe ser «Nombre del grupo=rol», p. ej. OMM-Dideco=dideco");
      }
      mapa.put(nombre.toLowerCase(Locale.ROOT), rol);
    }
    return mapa;
  }

  /** The role groups a person's directory groups stand for. */
  Set<String> roles(Set<String> gruposDelDirectorio) {
    Map<String, String> mapa = mapaDeGrupos(grupos);
    return gruposDelDirectorio.stream()
        .map(grupo -> mapa.get(grupo.toLowerCase(Locale.ROOT)))
        .filter(rol -> rol != null)
        .collect(Collectors.toUnmodifiableSet());
  }

  /** The directory groups that stand for a role group. */
  Set<String> gruposDelRol(String rol) {
    return mapaDeGrupos(grupos).entrySet().stream()
        .filter(grupo -> grupo.getValue().equals(rol))
        .map(Map.Entry::getKey)
        .collect(Collectors.toUnmodifiableSet());
  }

  /**
   * The settings of Camunda's LDAP plugin. Its own authorization checks are off: the directory's
   * groups are not the engine's, and what a caller may read is checked on what the app returns.
   */
  LdapConfiguration configuracion() {
    LdapConfiguration configuracion = new LdapConfiguration();
    configuracion.setServerUrl(url);
    configuracion.setUseSsl(url.startsWith("ldaps:"));
    configuracion.setManagerDn(usuario);
    configuracion.setManagerPassword(clave);
    configuracion.setBaseDn(baseDn);
    configuracion.setUserSearchBase(baseUsuarios);
    configuracion.setUserSearchFilter(filtroUsuarios);
    configuracion.setUserIdAttribute(atributoUsuario);
    configuracion.setUserFirstnameAttribute(atributoNombre);
    configuracion.setUserLastnameAttribute(atributoApellido);
    configuracion.setUserEmailAttribute(atributoCorreo);
    configuracion.setGroupSearchBase(baseGrupos);
    configuracion.setGroupSearchFilter(filtroGrupos);
    configuracion.setGroupIdAttribute(atributoGrupo);
    configuracion.setGroupNameAttribute(atributoGrupo);
    configuracion.setGroupMemberAttribute(atributoMiembro);
    configuracion.setAuthorizationCheckEnabled(false);
    configuracion.setContextProperties(
        Map.of(
            "com.sun.jndi.ldap.connect.timeout",
            "5000",
            "com.sun.jndi.ldap.read.timeout",
            "10000"));
    return configuracion;
  }

  private static String texto(String valor) {
    return valor == null ? "" : valor.trim();
  }

  private static String texto(String valor, String porDefecto) {
    return valor == null || valor.isBlank() ? porDefecto : valor.trim();
  }
}
