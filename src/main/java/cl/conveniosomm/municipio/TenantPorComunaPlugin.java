package cl.conveniosomm.municipio;

import cl.conveniosomm.proceso.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.springframework.stereotype.Component;

/**
 * Every process instance belongs to its comuna's tenant: the models are deployed once, shared by
 * all municipalities, and each instance takes the tenant of the comuna it is about (its {@code
 * comunaCodigo} variable), or of the instance that called it. Camunda's tenant check then keeps one
 * municipality's tasks, instances, jobs and history out of another's Tasklist, Cockpit and REST.
 */
@Component
public class TenantPorComunaPlugin extends AbstractProcessEnginePlugin implements TenantIdProvider {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setTenantIdProvider(this);
  }

  @Override
  public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
    Object comuna =
        ctx.getVariables() == null ? null : ctx.getVariables().get(Variables.COMUNA_CODIGO);
    if (comuna instanceof String codigo && Municipios.esTenant(codigo)) {
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
  public String provideTenantIdForHistoricDecisionInstance(
      TenantIdProviderHistoricDecisionInstanceContext ctx) {
    return ctx.getExecution() == null ? null : ctx.getExecution().getTenantId();
  }
}
