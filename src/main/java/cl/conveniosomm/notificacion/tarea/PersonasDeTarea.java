package cl.conveniosomm.notificacion.tarea;

import cl.conveniosomm.system.engine.PorTransaccion;
import cl.conveniosomm.system.texto.DireccionCorreo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * Who a task is for: its assignee, or its candidate users and the members of its candidate groups
 * who belong to the task's municipality (its tenant), directly or through a group such as their
 * regional SERNAMEG office: DIDECO of La Serena hears nothing of Coquimbo's tasks. A task's
 * candidates are looked up once per transaction, however many listeners ask (the notices and the
 * deadline of a new task).
 */
@Component
public class PersonasDeTarea {

  private final IdentityService identityService;

  public PersonasDeTarea(IdentityService identityService) {
    this.identityService = identityService;
  }

  /**
   * A person a task is for, with the Spanish name of the group she is a candidate through (null:
   * named directly).
   */
  public record Candidato(User usuario, String grupo) {}

  /** The task's candidates who exist, by user id. */
  public Map<String, Candidato> candidatos(DelegateTask task) {
    return PorTransaccion.de(
        PersonasDeTarea.class, "candidatos/" + task.getId(), () -> buscarCandidatos(task));
  }

  private Map<String, Candidato> buscarCandidatos(DelegateTask task) {
    Map<String, Candidato> personas = new LinkedHashMap<>();
    for (IdentityLink link : task.getCandidates()) {
      if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
        continue;
      }
      if (link.getUserId() != null) {
        User user = usuario(link.getUserId());
        if (user != null) {
          personas.putIfAbsent(user.getId(), new Candidato(user, null));
        }
      } else {
        String grupo = nombreDeGrupo(link.getGroupId());
        miembros(link.getGroupId(), task.getTenantId())
            .forEach(user -> personas.putIfAbsent(user.getId(), new Candidato(user, grupo)));
      }
    }
    return personas;
  }

  /** The valid email addresses of the people a task is for. */
  public List<String> correos(DelegateTask task) {
    List<User> usuarios =
        task.getAssignee() != null
            ? Stream.ofNullable(usuario(task.getAssignee())).toList()
            : candidatos(task).values().stream().map(Candidato::usuario).toList();
    return usuarios.stream().map(User::getEmail).filter(DireccionCorreo::esValida).toList();
  }

  /**
   * The valid email addresses of a group's members in a municipality (all of them when tenantId is
   * null).
   */
  public List<String> correosDeGrupo(String groupId, String tenantId) {
    return miembros(groupId, tenantId).stream()
        .map(User::getEmail)
        .filter(DireccionCorreo::esValida)
        .toList();
  }

  public User usuario(String userId) {
    return identityService.createUserQuery().userId(userId).singleResult();
  }

  /**
   * Members of the group who belong to the tenant, directly or through a group of theirs that does
   * (a regional office): asked of the few people the tenant has, never the group's members
   * nationwide.
   */
  private List<User> miembros(String groupId, String tenantId) {
    if (tenantId == null) {
      return identityService.createUserQuery().memberOfGroup(groupId).list();
    }
    Map<String, User> delTenant = new LinkedHashMap<>();
    identityService
        .createUserQuery()
        .memberOfGroup(groupId)
        .memberOfTenant(tenantId)
        .list()
        .forEach(user -> delTenant.putIfAbsent(user.getId(), user));
    for (Group oficina : identityService.createGroupQuery().memberOfTenant(tenantId).list()) {
      List<User> miembrosDelGrupo;
      if (oficina.getId().equals(groupId)) {
        miembrosDelGrupo = identityService.createUserQuery().memberOfGroup(groupId).list();
      } else {
        String[] deLaOficina =
            identityService.createUserQuery().memberOfGroup(oficina.getId()).list().stream()
                .map(User::getId)
                .toArray(String[]::new);
        miembrosDelGrupo =
            deLaOficina.length == 0
                ? List.of()
                : identityService
                    .createUserQuery()
                    .memberOfGroup(groupId)
                    .userIdIn(deLaOficina)
                    .list();
      }
      miembrosDelGrupo.forEach(user -> delTenant.putIfAbsent(user.getId(), user));
    }
    return List.copyOf(delTenant.values());
  }

  private String nombreDeGrupo(String groupId) {
    Group group = identityService.createGroupQuery().groupId(groupId).singleResult();
    return group == null || group.getName() == null ? groupId : group.getName();
  }
}
