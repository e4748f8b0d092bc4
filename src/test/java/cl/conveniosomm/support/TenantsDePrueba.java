package cl.conveniosomm.support;

import cl.conveniosomm.convenio.catalogo.CatalogoComunas;
import cl.conveniosomm.convenio.catalogo.Comuna;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Test fixture: La Serena's demo staff also work for the comunas where tests register convenios (the
 * Valparaíso and O'Higgins regions of {@link Registro#otraComuna()}, Maule and Biobío of
 * {@link Registro#enRegion}, and Coquimbo for the Tasklist walk), so each test
 * need not onboard its comuna. The tenancy tests use users of their own that belong to one comuna only.
 */
@Component
@Profile("demo")
class TenantsDePrueba {

  static final List<String> PERSONAL_LA_SERENA = List.of("alcalde", "juridica", "dideco", "omm", "secretaria", "daf");

  private final IdentityService identityService;

  TenantsDePrueba(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Order(10)
  @EventListener(ApplicationReadyEvent.class)
  void incorporar() {
    List<Comuna> comunas = new ArrayList<>(Registro.OTRAS);
    comunas.add(new CatalogoComunas().porCodigo("04102").orElseThrow());
    Registro.REGIONES_PROPIAS.forEach(region -> comunas.addAll(new CatalogoComunas().deRegion(region)));
    for (Comuna comuna : comunas) {
      if (identityService.createTenantQuery().tenantId(comuna.codigo()).count() == 0) {
        Tenant tenant = identityService.newTenant(comuna.codigo());
        tenant.setName(comuna.nombre());
        identityService.saveTenant(tenant);
      }
      for (String usuario : PERSONAL_LA_SERENA) {
        if (identityService.createTenantQuery().tenantId(comuna.codigo()).userMember(usuario).count() == 0) {
          identityService.createTenantUserMembership(comuna.codigo(), usuario);
        }
      }
    }
  }
}
