package cl.conveniosomm.system.security.ldap;

import cl.conveniosomm.system.security.LoginThrottle;
import cl.conveniosomm.system.security.ThrottledIdentityProvider;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.GroupQueryImpl;
import org.camunda.bpm.engine.impl.UserQueryImpl;
import org.camunda.bpm.engine.impl.identity.db.DbGroupQueryImpl;
import org.camunda.bpm.engine.impl.identity.db.DbTenantQueryImpl;
import org.camunda.bpm.engine.impl.identity.db.DbUserQueryImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.identity.impl.ldap.LdapUserQueryImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's identity with a municipality's directory beside it. The engine keeps what the app
 * manages (role groups, comunas, SERNAMEG's offices, local accounts); the directory holds the
 * municipality's people: a user id the engine does not have is looked up there, her password
 * checked by binding as her, her role groups are those her directory groups stand for and her
 * comuna the directory's. Every read answers from both, so Tasklist, the reminders and the
 * authorization checks see directory people as they see local ones, and a change of groups in the
 * directory counts from the next query. Writes go to the engine only; a local account with the same
 * id comes first.
 */
public class IdentidadConDirectorio extends ThrottledIdentityProvider {

  private static final Logger LOG = LoggerFactory.getLogger(IdentidadConDirectorio.class);

  private final LdapProperties directorio;
  private final Set<String> locales;
  private final Map<String, Optional<User>> personas = new HashMap<>();
  private SesionDirectorio sesion;

  /**
   * @param locales user ids the directory is never asked about, such as the app's administrator: a
   *     directory account of that name must neither stand in for it nor keep it from being created
   */
  public IdentidadConDirectorio(
      LoginThrottle throttle, LdapProperties directorio, Set<String> locales) {
    super(throttle);
    this.directorio = directorio;
    this.locales = locales;
  }

  // users

  @Override
  public UserEntity findUserById(String userId) {
    if (userId == null || local(userId)) {
      return super.findUserById(userId);
    }
    return (UserEntity) delDirectorio(userId).filter(usuario -> visible(userId)).orElse(null);
  }

  @Override
  protected boolean passwordMatches(String userId, String password) {
    if (userId == null || local(userId) || delDirectorio(userId).isEmpty()) {
      return super.passwordMatches(userId, password);
    }
    return alDirectorio(() -> ldap().checkPassword(userId, password));
  }

  @Override
  public List<User> findUserByQueryCriteria(DbUserQueryImpl query) {
    List<User> delDirectorio = usuariosDelDirectorio(query);
    if (delDirectorio.isEmpty()) {
      return super.findUserByQueryCriteria(query);
    }
    Map<String, User> todos = new LinkedHashMap<>();
    sinPaginar(query, () -> super.findUserByQueryCriteria(query))
        .forEach(usuario -> todos.put(usuario.getId(), usuario));
    delDirectorio.forEach(usuario -> todos.putIfAbsent(usuario.getId(), usuario));
    return pagina(new ArrayList<>(todos.values()), query);
  }

  @Override
  public long findUserCountByQueryCriteria(DbUserQueryImpl query) {
    return super.findUserCountByQueryCriteria(query)
        + usuariosDelDirectorio(query).stream().filter(usuario -> !local(usuario.getId())).count();
  }

  /** The directory's people a user query asks for, as far as its criteria can be asked there. */
  private List<User> usuariosDelDirectorio(UserQueryImpl query) {
    if (campo(UserQueryImpl.class, "procDefId", query) != null
        || (query.getTenantId() != null && !query.getTenantId().equals(directorio.comuna()))
        || (query.getId() != null && local(query.getId()))
        || (query.getIds() != null && Stream.of(query.getIds()).allMatch(this::local))) {
      // nothing the directory could add: it is not asked
      return List.of();
    }
    List<LdapUserQueryImpl> consultas = new ArrayList<>();
    if (query.getGroupId() == null) {
      consultas.add(ldap().consulta());
    } else {
      directorio
          .gruposDelRol(query.getGroupId())
          .forEach(
              grupo -> consultas.add((LdapUserQueryImpl) ldap().consulta().memberOfGroup(grupo)));
    }
    Map<String, User> usuarios = new LinkedHashMap<>();
    for (LdapUserQueryImpl consulta : consultas) {
      criterios(query, consulta);
      alDirectorio(() -> ldap().findUserByQueryCriteria(consulta)).stream()
          .filter(usuario -> !locales.contains(usuario.getId()) && visible(usuario.getId()))
          .forEach(usuario -> usuarios.putIfAbsent(usuario.getId(), usuario));
    }
    List<User> lista = new ArrayList<>(usuarios.values());
    lista.sort(Comparator.comparing(User::getId));
    return lista;
  }

  private static void criterios(UserQueryImpl query, LdapUserQueryImpl consulta) {
    if (query.getId() != null) {
      consulta.userId(query.getId());
    }
    if (query.getIds() != null && query.getIds().length > 0) {
      consulta.userIdIn(query.getIds());
    }
    // the plugin escapes ids only; names and emails are escaped here (a % stays a wildcard)
    if (query.getFirstName() != null) {
      consulta.userFirstName(FiltroLdap.escapar(query.getFirstName()));
    }
    if (query.getFirstNameLike() != null) {
      consulta.userFirstNameLike(FiltroLdap.escapar(query.getFirstNameLike()));
    }
    if (query.getLastName() != null) {
      consulta.userLastName(FiltroLdap.escapar(query.getLastName()));
    }
    if (query.getLastNameLike() != null) {
      consulta.userLastNameLike(FiltroLdap.escapar(query.getLastNameLike()));
    }
    if (query.getEmail() != null) {
      consulta.userEmail(FiltroLdap.escapar(query.getEmail()));
    }
    if (query.getEmailLike() != null) {
      consulta.userEmailLike(FiltroLdap.escapar(query.getEmailLike()));
    }
  }

  // groups

  @Override
  public List<Group> findGroupByQueryCriteria(DbGroupQueryImpl query) {
    return gruposDePersonaDelDirectorio(query)
        .map(super::findGroupByQueryCriteria)
        .orElseGet(() -> super.findGroupByQueryCriteria(query));
  }

  @Override
  public long findGroupCountByQueryCriteria(DbGroupQueryImpl query) {
    return gruposDePersonaDelDirectorio(query)
        .map(super::findGroupCountByQueryCriteria)
        .orElseGet(() -> super.findGroupCountByQueryCriteria(query));
  }

  /**
   * For a query of a directory person's groups: the same query of the role groups her directory
   * groups stand for.
   */
  private Optional<DbGroupQueryImpl> gruposDePersonaDelDirectorio(DbGroupQueryImpl query) {
    if (!esDelDirectorio(query.getUserId())) {
      return Optional.empty();
    }
    Set<String> roles =
        new LinkedHashSet<>(
            directorio.roles(alDirectorio(() -> ldap().gruposDe(query.getUserId()))));
    if (query.getIds() != null) {
      roles.retainAll(Set.of(query.getIds()));
    }
    if (campo(GroupQueryImpl.class, "procDefId", query) != null) {
      roles.clear();
    }
    DbGroupQueryImpl deSusRoles = new DbGroupQueryImpl();
    // a query for no ids matches every group: ask for one that cannot exist instead
    deSusRoles.groupIdIn(roles.isEmpty() ? new String[] {" "} : roles.toArray(String[]::new));
    copiar(query.getId(), deSusRoles::groupId);
    copiar(query.getName(), deSusRoles::groupName);
    copiar(query.getNameLike(), deSusRoles::groupNameLike);
    copiar(query.getType(), deSusRoles::groupType);
    copiar(query.getTenantId(), deSusRoles::memberOfTenant);
    return Optional.of(comoLaOriginal(query, deSusRoles));
  }

  // comunas

  @Override
  public List<Tenant> findTenantByQueryCriteria(DbTenantQueryImpl query) {
    return comunasDePersonaDelDirectorio(query)
        .map(super::findTenantByQueryCriteria)
        .orElseGet(() -> super.findTenantByQueryCriteria(query));
  }

  @Override
  public long findTenantCountByQueryCriteria(DbTenantQueryImpl query) {
    return comunasDePersonaDelDirectorio(query)
        .map(super::findTenantCountByQueryCriteria)
        .orElseGet(() -> super.findTenantCountByQueryCriteria(query));
  }

  /**
   * For a query of a directory person's comunas: the directory's comuna, and with her groups' the
   * comunas her role groups have.
   */
  private Optional<DbTenantQueryImpl> comunasDePersonaDelDirectorio(DbTenantQueryImpl query) {
    if (!esDelDirectorio(query.getUserId())) {
      return Optional.empty();
    }
    Set<String> comunas = new LinkedHashSet<>();
    if (!directorio.comuna().isEmpty()) {
      comunas.add(directorio.comuna());
    }
    if (query.isIncludingGroups()) {
      for (String rol : directorio.roles(alDirectorio(() -> ldap().gruposDe(query.getUserId())))) {
        DbTenantQueryImpl delRol = new DbTenantQueryImpl();
        delRol.groupMember(rol);
        super.findTenantByQueryCriteria(delRol).forEach(comuna -> comunas.add(comuna.getId()));
      }
    }
    if (query.getIds() != null) {
      comunas.retainAll(Set.of(query.getIds()));
    }
    DbTenantQueryImpl suyas = new DbTenantQueryImpl();
    suyas.tenantIdIn(comunas.isEmpty() ? new String[] {" "} : comunas.toArray(String[]::new));
    copiar(query.getId(), suyas::tenantId);
    copiar(query.getName(), suyas::tenantName);
    copiar(query.getNameLike(), suyas::tenantNameLike);
    copiar(query.getGroupId(), suyas::groupMember);
    return Optional.of(comoLaOriginal(query, suyas));
  }

  // the directory

  private boolean esDelDirectorio(String userId) {
    return userId != null && !local(userId) && delDirectorio(userId).isPresent();
  }

  /**
   * Whether the engine has the user, whoever asks (its own lookup checks the caller may read it).
   */
  private boolean local(String userId) {
    return getDbEntityManager().selectById(UserEntity.class, userId) != null;
  }

  private Optional<User> delDirectorio(String userId) {
    if (userId == null || locales.contains(userId)) {
      return Optional.empty();
    }
    return personas.computeIfAbsent(
        userId, id -> Optional.ofNullable(alDirectorio(() -> ldap().findUserById(id))));
  }

  /** The caller may read the person: herself, or with READ on her as the engine's users need. */
  private boolean visible(String userId) {
    var contexto = getCommandContext();
    return userId.equals(contexto.getAuthenticatedUserId())
        || contexto
            .getAuthorizationManager()
            .isAuthorized(Permissions.READ, Resources.USER, userId);
  }

  /**
   * A password the directory cannot check is a wrong one: the login fails closed, and whoever has a
   * local account still gets in.
   */
  @Override
  public boolean checkPassword(String userId, String password) {
    try {
      return super.checkPassword(userId, password);
    } catch (DirectorioNoDisponibleException e) {
      return false;
    }
  }

  private <T> T alDirectorio(Supplier<T> consulta) {
    try {
      return consulta.get();
    } catch (RuntimeException e) {
      LOG.warn("El directorio {} no responde: {}", directorio.url(), e.getMessage());
      throw new DirectorioNoDisponibleException(e);
    }
  }

  private SesionDirectorio ldap() {
    if (sesion == null) {
      sesion = new SesionDirectorio(directorio.configuracion());
    }
    return sesion;
  }

  @Override
  public void close() {
    if (sesion != null) {
      sesion.close();
    }
    super.close();
  }

  // queries

  private static <Q extends AbstractQuery<?, ?>> Q comoLaOriginal(
      AbstractQuery<?, ?> original, Q copia) {
    copia.setOrderingProperties(original.getOrderingProperties());
    copia.setFirstResult(original.getFirstResult());
    copia.setMaxResults(original.getMaxResults());
    return copia;
  }

  private static <T> List<T> sinPaginar(AbstractQuery<?, ?> query, Supplier<List<T>> consulta) {
    int primero = query.getFirstResult();
    int maximo = query.getMaxResults();
    query.setFirstResult(0);
    query.setMaxResults(Integer.MAX_VALUE);
    try {
      return consulta.get();
    } finally {
      query.setFirstResult(primero);
      query.setMaxResults(maximo);
    }
  }

  private static <T> List<T> pagina(List<T> todos, AbstractQuery<?, ?> query) {
    int desde = Math.min(Math.max(query.getFirstResult(), 0), todos.size());
    long hasta = Math.min((long) desde + query.getMaxResults(), todos.size());
    return List.copyOf(todos.subList(desde, (int) hasta));
  }

  private static void copiar(String valor, Consumer<String> criterio) {
    if (valor != null) {
      criterio.accept(valor);
    }
  }

  /** A criterion the engine's query classes keep without a getter (potential starters). */
  private static Object campo(Class<?> clase, String nombre, Object query) {
    try {
      Field campo = clase.getDeclaredField(nombre);
      campo.setAccessible(true);
      return campo.get(query);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("El motor cambió sus consultas: falta " + nombre, e);
    }
  }
}
