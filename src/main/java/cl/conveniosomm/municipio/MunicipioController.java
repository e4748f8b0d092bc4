package cl.conveniosomm.municipio;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators onboard municipalities: {@code PUT /api/operacion/municipios/04102}, as often as
 * they like.
 */
@RestController
@RequestMapping("/api/operacion/municipios")
public class MunicipioController {

  private final IncorporacionMunicipios incorporacion;
  private final IdentityService identityService;

  public MunicipioController(
      IncorporacionMunicipios incorporacion, IdentityService identityService) {
    this.incorporacion = incorporacion;
    this.identityService = identityService;
  }

  public record Usuarios(List<SolicitudIncorporacion.Persona> usuarios) {}

  public record MunicipioIncorporado(String comuna, String nombre) {}

  @PutMapping("/{comuna}")
  public ResultadoIncorporacion incorporar(
      @PathVariable String comuna, @RequestBody(required = false) Usuarios cuerpo) {
    return incorporacion.incorporar(
        new SolicitudIncorporacion(comuna, cuerpo == null ? null : cuerpo.usuarios()));
  }

  @GetMapping
  public List<MunicipioIncorporado> listar() {
    return identityService.createTenantQuery().orderByTenantId().asc().list().stream()
        .map(tenant -> new MunicipioIncorporado(tenant.getId(), tenant.getName()))
        .toList();
  }
}
