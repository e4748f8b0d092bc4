package cl.conveniosomm.support;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldif.LDIFException;

/**
 * A real LDAP directory in the test JVM (UnboundID's in-memory server): La Serena's, with its
 * people under {@code ou=personas} and its groups under {@code ou=grupos}, as a municipality's
 * directory would hold them. Started once, on a free port.
 */
public final class DirectorioDePrueba {

  public static final String BASE = "dc=laserena,dc=cl";
  public static final String ADMINISTRADOR = "cn=convenios-omm," + BASE;
  public static final String CLAVE_ADMINISTRADOR = "clave-de-lectura-del-directorio";

  /** A person of the directory: her user id, password and email. */
  public record Persona(String uid, String clave, String correo) {
    public String dn() {
      return "uid=" + uid + ",ou=personas," + BASE;
    }
  }

  /** In «OMM-Dideco»: DIDECO of La Serena. */
  public static final Persona MARTA =
      new Persona("mrojas", "Clave-Directorio-2026", "mrojas@laserena.cl");

  /** In «Biblioteca» only: no role of the app. */
  public static final Persona JUAN =
      new Persona("jperez", "Otra-Clave-Directorio-2026", "jperez@laserena.cl");

  /** The directory's own «admin»: not the app's administrator, whose account is local. */
  public static final Persona ADMIN_DEL_DIRECTORIO =
      new Persona("admin", "Clave-Admin-Del-Directorio-2026", "admin@laserena.cl");

  public static final String GRUPO_DIDECO = "OMM-Dideco";
  public static final String GRUPO_BIBLIOTECA = "Biblioteca";

  private static InMemoryDirectoryServer servidor;

  private DirectorioDePrueba() {}

  /** The directory's URL, starting it on first use. */
  public static synchronized String url() {
    if (servidor == null) {
      try {
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
        config.addAdditionalBindCredentials(ADMINISTRADOR, CLAVE_ADMINISTRADOR);
        // a port of its own, kept when the directory goes down and comes back
        int puerto;
        try (java.net.ServerSocket libre = new java.net.ServerSocket(0)) {
          puerto = libre.getLocalPort();
        }
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", puerto));
        servidor = new InMemoryDirectoryServer(config);
        servidor.add("dn: " + BASE, "objectClass: domain", "dc: laserena");
        servidor.add("dn: ou=personas," + BASE, "objectClass: organizationalUnit", "ou: personas");
        servidor.add("dn: ou=grupos," + BASE, "objectClass: organizationalUnit", "ou: grupos");
        persona(MARTA, "Marta", "Rojas");
        persona(JUAN, "Juan", "Pérez");
        persona(ADMIN_DEL_DIRECTORIO, "Administración", "Informática");
        grupo(GRUPO_DIDECO, MARTA);
        grupo(GRUPO_BIBLIOTECA, JUAN);
        servidor.startListening();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> servidor.shutDown(true)));
      } catch (LDAPException | LDIFException | java.io.IOException e) {
        throw new IllegalStateException(e);
      }
    }
    return "ldap://localhost:" + servidor.getListenPort();
  }

  /** The directory stops answering (its server is down). */
  public static void detener() {
    url();
    servidor.shutDown(true);
  }

  /** The directory answers again, with the same people and groups. */
  public static void reanudar() {
    try {
      servidor.startListening();
    } catch (LDAPException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The directory's administrator adds the person to the group. */
  public static void agregar(Persona persona, String grupo) {
    modificar(grupo, ModificationType.ADD, persona);
  }

  /** The directory's administrator takes the person out of the group. */
  public static void quitar(Persona persona, String grupo) {
    modificar(grupo, ModificationType.DELETE, persona);
  }

  private static void modificar(String grupo, ModificationType tipo, Persona persona) {
    url();
    try {
      servidor.modify(
          "cn=" + grupo + ",ou=grupos," + BASE, new Modification(tipo, "member", persona.dn()));
    } catch (LDAPException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void persona(Persona persona, String nombre, String apellido)
      throws LDAPException, LDIFException {
    servidor.add(
        "dn: " + persona.dn(),
        "objectClass: top",
        "objectClass: person",
        "objectClass: organizationalPerson",
        "objectClass: inetOrgPerson",
        "uid: " + persona.uid(),
        "cn: " + nombre + " " + apellido,
        "givenName: " + nombre,
        "sn: " + apellido,
        "mail: " + persona.correo(),
        "userPassword: " + persona.clave());
  }

  private static void grupo(String nombre, Persona miembro) throws LDAPException, LDIFException {
    servidor.add(
        "dn: cn=" + nombre + ",ou=grupos," + BASE,
        "objectClass: groupOfNames",
        "cn: " + nombre,
        "member: " + miembro.dn());
  }
}
