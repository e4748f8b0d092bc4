package cl.conveniosomm.bench;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;

/**
 * The secure baseline's tenancy, as bare as it gets: an instance belongs to the tenant its
 * {@code comunaCodigo} names, or to its caller's.
 */
final class TenantDeComuna implements TenantIdProvider {

  @Override
  public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
    Object comuna = ctx.getVariables() == null ? null : ctx.getVariables().get("comunaCodigo");
    if (comuna instanceof String codigo) {
      return codigo;
    }
    DelegateExecution llamador = ctx.getSuperExecution();
    return llamador == null ? null : llamador.getTenantId();
  }

  @Override
  public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
    return null;
  }

  @Override
  public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
    return null;
  }
}
