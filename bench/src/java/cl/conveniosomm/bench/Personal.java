package cl.conveniosomm.bench;

import cl.conveniosomm.municipio.IncorporacionMunicipios;
import cl.conveniosomm.municipio.Municipios;
import cl.conveniosomm.municipio.SolicitudIncorporacion;
import cl.conveniosomm.municipio.catalogo.CatalogoComunas;
import cl.conveniosomm.municipio.catalogo.Comuna;
import cl.conveniosomm.municipio.catalogo.Region;
import cl.conveniosomm.proceso.Grupos;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationContext;

/**
 * The people who work the app's tasks: in every comuna one person per municipal role, onboarded
 * through {@link IncorporacionMunicipios} where the demo has none, and in every región an analyst
 * of SERNAMEG's regional office (groups {@code sernameg} and its office's), as the demo's {@code
 * sernameg} is Coquimbo's. A task is worked by a person of its candidate group and its comuna,
 * authenticated as Tasklist authenticates her: her groups, and the tenants of her and of her
 * groups.
 */
final class Personal {

  /** Meets the app's password policy (it is never used to log in). */
  private static final String CLAVE = "Xk7#pQ2-wR9m";

  private final IdentityService identity;
  private final ProcessEngine engine;

  /** tenant → group → user id. */
  private final Map<String, Map<String, String>> personas = new ConcurrentHashMap<>();

  private final Map<String, Authentication> autenticaciones = new ConcurrentHashMap<>();
  private final Map<String, String> grupoDeTarea = new ConcurrentHashMap<>();

  private Personal(ProcessEngine engine) {
    this.engine = engine;
    this.identity = engine.getIdentityService();
  }

  /** Onboards the staff missing in every comuna and región, and knows who works what where. */
  static Personal incorporar(ApplicationContext app, ProcessEngine engine, List<Comuna> comunas) {
    Personal personal = new Personal(engine);
    IncorporacionMunicipios incorporacion = app.getBean(IncorporacionMunicipios.class);
    for (Comuna c : comunas) {
      List<SolicitudIncorporacion.Persona> nuevas = new ArrayList<>();
      for (String grupo : Grupos.MUNICIPALES) {
        if (personal.miembro(grupo, c.codigo()) == null) {
          String id = grupo + "-" + c.codigo();
          nuevas.add(
              new SolicitudIncorporacion.Persona(
                  id,
                  "Persona",
                  "Funcionaria " + grupo,
                  id + "@municipio.bench",
                  List.of(grupo),
                  CLAVE));
        }
      }
      if (!nuevas.isEmpty()) {
        incorporacion.incorporar(new SolicitudIncorporacion(c.codigo(), nuevas));
      }
    }
    for (Region region : app.getBean(CatalogoComunas.class).regiones()) {
      personal.analistaRegional(region.codigo());
    }
    for (Comuna c : comunas) {
      Map<String, String> deComuna = new ConcurrentHashMap<>();
      for (String grupo : Grupos.MUNICIPALES) {
        deComuna.put(grupo, personal.miembro(grupo, c.codigo()));
      }
      deComuna.put(Grupos.SERNAMEG, personal.analista(c.regionCodigo()));
      personal.personas.put(c.codigo(), deComuna);
    }
    return personal;
  }

  /**
   * The regional office's analyst of a región (the demo's {@code sernameg} in Coquimbo's), created
   * when missing.
   */
  String analistaRegional(String region) {
    String existente = analista(region);
    if (existente != null) {
      return existente;
    }
    String id = "analista-region-" + region;
    User user = identity.newUser(id);
    user.setFirstName("Analista");
    user.setLastName("Dirección Regional " + region);
    user.setEmail(id + "@sernameg.bench");
    user.setPassword(CLAVE);
    identity.saveUser(user);
    identity.createMembership(id, Grupos.SERNAMEG);
    identity.createMembership(id, Municipios.grupoRegional(region));
    return id;
  }

  private String analista(String region) {
    return identity.createUserQuery().memberOfGroup(Grupos.SERNAMEG).list().stream()
        .filter(
            u ->
                identity
                        .createUserQuery()
                        .userId(u.getId())
                        .memberOfGroup(Municipios.grupoRegional(region))
                        .count()
                    > 0)
        .map(User::getId)
        .sorted()
        .findFirst()
        .orElse(null);
  }

  private String miembro(String grupo, String tenant) {
    return identity
        .createUserQuery()
        .memberOfGroup(grupo)
        .memberOfTenant(tenant)
        .orderByUserId()
        .asc()
        .listPage(0, 1)
        .stream()
        .map(User::getId)
        .findFirst()
        .orElse(null);
  }

  /** Who works each group's tasks in each comuna: tenant, group, user. */
  List<String[]> quienes() {
    List<String[]> filas = new ArrayList<>();
    personas.forEach(
        (tenant, grupos) ->
            grupos.forEach((grupo, usuario) -> filas.add(new String[] {tenant, grupo, usuario})));
    return filas;
  }

  long cuantas() {
    return personas.values().stream().flatMap(m -> m.values().stream()).distinct().count();
  }

  /**
   * As Tasklist authenticates a person: her groups, and the tenants of her and of her groups (once
   * per person).
   */
  Authentication autenticacion(String usuario) {
    return autenticaciones.computeIfAbsent(
        usuario,
        u ->
            new Authentication(
                u,
                identity.createGroupQuery().groupMember(u).list().stream()
                    .map(Group::getId)
                    .toList(),
                identity
                    .createTenantQuery()
                    .userMember(u)
                    .includingGroupsOfUser(true)
                    .list()
                    .stream()
                    .map(Tenant::getId)
                    .toList()));
  }

  /**
   * Runs {@code trabajo} (given the user id) authenticated as a person of the task's candidate
   * group and comuna.
   */
  void comoPersona(Task task, Consumer<String> trabajo) {
    String grupo =
        grupoDeTarea.computeIfAbsent(
            task.getTaskDefinitionKey(), clave -> grupoCandidato(engine, task));
    String usuario = personas.getOrDefault(task.getTenantId(), Map.of()).get(grupo);
    if (usuario == null) {
      throw new IllegalStateException(
          "Nadie del grupo " + grupo + " en la comuna " + task.getTenantId());
    }
    identity.setAuthentication(autenticacion(usuario));
    try {
      trabajo.accept(usuario);
    } finally {
      identity.clearAuthentication();
    }
  }

  /** The task's candidate group: whom its notices and its grant go to. */
  static String grupoCandidato(ProcessEngine engine, Task task) {
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
        .map(IdentityLink::getGroupId)
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "La tarea " + task.getTaskDefinitionKey() + " no tiene grupo candidato"));
  }
}
