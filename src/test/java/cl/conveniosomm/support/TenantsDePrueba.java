package cl.conveniosomm.support;

import cl.conveniosomm.municipio.IncorporacionMunicipios;
import cl.conveniosomm.municipio.SolicitudIncorporacion;
import cl.conveniosomm.municipio.SolicitudIncorporacion.Persona;
import cl.conveniosomm.municipio.catalogo.CatalogoComunas;
import cl.conveniosomm.municipio.catalogo.Comuna;
import cl.conveniosomm.proceso.Grupos;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Test fixture: La Serena's demo staff also work for the comunas where tests register convenios
 * (the Valparaíso and O'Higgins regions of {@link Registro#otraComuna()}, those of {@link
 * Registro#enRegion}, and Coquimbo for the Tasklist walk), so each test need not onboard its
 * comuna. The tenancy tests use users of their own that belong to one comuna only.
 */
@Component
@Profile("demo")
class TenantsDePrueba {

  static final List<Persona> PERSONAL_LA_SERENA =
      List.of(
          persona("alcalde", Grupos.ALCALDIA), persona("juridica", Grupos.ASESORIA_JURIDICA),
          persona("dideco", Grupos.DIDECO), persona("omm", Grupos.OMM),
          persona("secretaria", Grupos.SECRETARIA_MUNICIPAL), persona("daf", Grupos.DAF));

  private final IncorporacionMunicipios incorporacion;

  TenantsDePrueba(IncorporacionMunicipios incorporacion) {
    this.incorporacion = incorporacion;
  }

  @Order(10)
  @EventListener(ApplicationReadyEvent.class)
  void incorporar() {
    List<Comuna> comunas = new ArrayList<>(Registro.OTRAS);
    comunas.add(new CatalogoComunas().porCodigo("04102").orElseThrow());
    Registro.REGIONES_PROPIAS.forEach(
        region -> comunas.addAll(new CatalogoComunas().deRegion(region)));
    comunas.forEach(
        comuna ->
            incorporacion.incorporar(
                new SolicitudIncorporacion(comuna.codigo(), PERSONAL_LA_SERENA)));
  }

  /** The demo user, who exists already: onboarding only adds her to the tenant. */
  private static Persona persona(String id, String grupo) {
    return new Persona(id, id, "(demo)", id + "@demo.convenios-omm.cl", List.of(grupo), null);
  }
}
