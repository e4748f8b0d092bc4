package cl.conveniosomm.municipio;

import cl.conveniosomm.municipio.catalogo.CatalogoComunas;
import cl.conveniosomm.municipio.catalogo.Comuna;
import cl.conveniosomm.proceso.Grupos;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * A task routed to {@code sernameg} is granted to the regional office of its comuna ({@code
 * sernameg-region-04} for La Serena), not to every SERNAMEG office of the country. The people who
 * work it are the same: each analyst belongs to {@code sernameg} and to her office, and her office
 * is what gives her the comuna's tenant. What changes is the size of the grant list the engine
 * checks each task against when it builds a Tasklist page: an office's own tasks instead of the
 * nation's (docs/decisions.md, «Tasklist for SERNAMEG's offices»).
 */
@Component
public class TareasDeSernamegPorOficina extends AbstractProcessEnginePlugin {

  private final CatalogoComunas catalogo;

  public TareasDeSernamegPorOficina(CatalogoComunas catalogo) {
    this.catalogo = catalogo;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setResourceAuthorizationProvider(new Proveedor());
  }

  /**
   * The office a task's grant goes to, or the group itself when the task is not SERNAMEG's or has
   * no comuna.
   */
  String destinatario(Task task, String groupId) {
    if (!Grupos.SERNAMEG.equals(groupId) || task.getTenantId() == null) {
      return groupId;
    }
    return catalogo
        .porCodigo(task.getTenantId())
        .map(Comuna::regionCodigo)
        .map(Municipios::grupoRegional)
        .orElse(groupId);
  }

  private final class Proveedor extends DefaultAuthorizationProvider {

    @Override
    public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
      return super.newTaskGroupIdentityLink(task, destinatario(task, groupId), type);
    }
  }
}
