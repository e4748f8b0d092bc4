package cl.conveniosomm.municipio;

import static cl.conveniosomm.proceso.Grupos.ALCALDIA;
import static cl.conveniosomm.proceso.Grupos.DIDECO;
import static cl.conveniosomm.proceso.Grupos.SERNAMEG;
import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;

import cl.conveniosomm.municipio.catalogo.CatalogoComunas;
import cl.conveniosomm.proceso.Grupos;
import cl.conveniosomm.proceso.Procesos;
import cl.conveniosomm.system.identity.AuthorizationGrants;
import cl.conveniosomm.system.identity.TasklistFilters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The groups of the roles (README, «Demo users»), their least-privilege authorizations and the
 * shared Tasklist filters. Created in every profile (they are the role model, not demo data),
 * idempotently. Task permissions are not granted here: the engine grants them per task to its
 * candidate groups.
 */
@Component
public class RoleModel {

  private static final Logger LOG = LoggerFactory.getLogger(RoleModel.class);

  static final Map<String, String> GROUP_NAMES =
      Map.of(
          Grupos.ALCALDIA, "Alcaldía",
          Grupos.ASESORIA_JURIDICA, "Asesoría Jurídica",
          Grupos.DIDECO, "Dirección de Desarrollo Comunitario (DIDECO)",
          Grupos.OMM, "Oficina Municipal de la Mujer (OMM)",
          Grupos.SECRETARIA_MUNICIPAL, "Secretaría Municipal",
          Grupos.DAF, "Dirección de Administración y Finanzas (DAF)",
          Grupos.SERNAMEG, "SERNAMEG Dirección Regional");

  /** Groups that monitor convenios in Cockpit besides the administrators. */
  static final List<String> MONITORING_GROUPS = List.of(ALCALDIA, DIDECO, SERNAMEG);

  /** Groups that register a signed convenio and so start its process. */
  static final List<String> REGISTERING_GROUPS = List.of(DIDECO, SERNAMEG);

  private final IdentityService identityService;
  private final AuthorizationGrants grants;
  private final TasklistFilters filters;
  private final CatalogoComunas catalogo;

  public RoleModel(
      IdentityService identityService,
      AuthorizationGrants grants,
      TasklistFilters filters,
      CatalogoComunas catalogo) {
    this.identityService = identityService;
    this.grants = grants;
    this.filters = filters;
    this.catalogo = catalogo;
  }

  @Order(0)
  @EventListener(ApplicationReadyEvent.class)
  public void ensure() {
    List<String> filterIds = filters.ensure();
    for (String groupId : Grupos.ROLES) {
      ensureGroup(groupId);
      grants.grant(groupId, APPLICATION, "tasklist", ACCESS);
      grants.grant(groupId, PROCESS_DEFINITION, "*", READ);
      filterIds.forEach(filterId -> grants.grant(groupId, FILTER, filterId, READ));
    }
    for (String groupId : oficinasSernameg()) {
      ensureGroup(groupId, nombreOficina(groupId));
      grants.grant(groupId, APPLICATION, "tasklist", ACCESS);
      filterIds.forEach(filterId -> grants.grant(groupId, FILTER, filterId, READ));
    }
    for (String groupId : monitoringGroups()) {
      grants.grant(groupId, APPLICATION, "cockpit", ACCESS);
      grants.grant(groupId, PROCESS_DEFINITION, "*", READ, READ_INSTANCE, READ_HISTORY);
      grants.grant(groupId, PROCESS_INSTANCE, "*", READ);
    }
    for (String groupId : REGISTERING_GROUPS) {
      grants.grant(groupId, PROCESS_DEFINITION, Procesos.CONVENIO_OMM, READ, CREATE_INSTANCE);
      grants.grant(groupId, PROCESS_INSTANCE, "*", CREATE);
    }
    LOG.info(
        "Grupos, autorizaciones y filtros de Tasklist al día ({} grupos, {} filtros)",
        Grupos.ROLES.size() + oficinasSernameg().size(),
        filterIds.size());
  }

  /**
   * SERNAMEG's national office and one group per regional office: each sees its comunas' tenants.
   */
  private List<String> oficinasSernameg() {
    List<String> oficinas = new ArrayList<>();
    oficinas.add(Municipios.SERNAMEG_NACIONAL);
    catalogo.regiones().forEach(region -> oficinas.add(Municipios.grupoRegional(region.codigo())));
    return oficinas;
  }

  private String nombreOficina(String groupId) {
    return groupId.equals(Municipios.SERNAMEG_NACIONAL)
        ? "SERNAMEG Dirección Nacional"
        : catalogo.regiones().stream()
            .filter(region -> Municipios.grupoRegional(region.codigo()).equals(groupId))
            .map(region -> "SERNAMEG Dirección Regional de " + region.nombre())
            .findFirst()
            .orElse(groupId);
  }

  private List<String> monitoringGroups() {
    List<String> groups = new ArrayList<>(MONITORING_GROUPS);
    groups.addAll(oficinasSernameg());
    return groups;
  }

  private void ensureGroup(String groupId) {
    ensureGroup(groupId, GROUP_NAMES.get(groupId));
  }

  private void ensureGroup(String groupId, String name) {
    if (identityService.createGroupQuery().groupId(groupId).count() > 0) {
      return;
    }
    Group group = identityService.newGroup(groupId);
    group.setName(name);
    group.setType("WORKFLOW");
    identityService.saveGroup(group);
  }
}
