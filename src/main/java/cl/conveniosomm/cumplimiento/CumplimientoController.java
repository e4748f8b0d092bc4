package cl.conveniosomm.cumplimiento;

import cl.conveniosomm.municipio.Alcance;
import cl.conveniosomm.municipio.AlcanceUsuario;
import cl.conveniosomm.municipio.Municipios;
import cl.conveniosomm.municipio.catalogo.CatalogoComunas;
import cl.conveniosomm.municipio.catalogo.Region;
import cl.conveniosomm.proceso.Grupos;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/**
 * The compliance dashboard for SERNAMEG (regional and national offices) and municipal directors
 * (Alcaldía, DIDECO): a page, the same figures as JSON, and a CSV export. Each person sees only the
 * comunas of her tenants.
 */
@Controller
public class CumplimientoController {

  private static final Set<String> GRUPOS_CON_ACCESO =
      Set.of(
          Grupos.ALCALDIA,
          Grupos.DIDECO,
          Grupos.SERNAMEG,
          Municipios.SERNAMEG_NACIONAL,
          Grupos.CAMUNDA_ADMIN);

  private final PanelCumplimiento panel;
  private final AlcanceUsuario alcanceUsuario;
  private final CatalogoComunas catalogo;

  public CumplimientoController(
      PanelCumplimiento panel, AlcanceUsuario alcanceUsuario, CatalogoComunas catalogo) {
    this.panel = panel;
    this.alcanceUsuario = alcanceUsuario;
    this.catalogo = catalogo;
  }

  @GetMapping("/cumplimiento")
  public String pagina(
      Authentication usuario,
      @RequestParam(required = false) String region,
      @RequestParam(required = false) String etapa,
      Model model) {
    Alcance alcance = alcance(usuario);
    PanelCumplimiento.Filtro filtro = filtro(region, etapa);
    model.addAttribute("panel", panel.panel(alcance, filtro));
    model.addAttribute("filtro", filtro);
    model.addAttribute("regiones", regionesVisibles(alcance));
    model.addAttribute("etapas", Etapa.values());
    model.addAttribute("usuario", usuario.getName());
    return "cumplimiento/panel";
  }

  @GetMapping(path = "/api/cumplimiento", produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  public PanelCumplimiento.Panel datos(
      Authentication usuario,
      @RequestParam(required = false) String region,
      @RequestParam(required = false) String etapa) {
    return panel.panel(alcance(usuario), filtro(region, etapa));
  }

  @GetMapping("/api/cumplimiento.csv")
  public ResponseEntity<byte[]> csv(
      Authentication usuario,
      @RequestParam(required = false) String region,
      @RequestParam(required = false) String etapa) {
    PanelCumplimiento.Panel datos = panel.panel(alcance(usuario), filtro(region, etapa));
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"cumplimiento-" + datos.hoy() + ".csv\"")
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .body(CsvCumplimiento.escribir(datos.filas()).getBytes(StandardCharsets.UTF_8));
  }

  private Alcance alcance(Authentication usuario) {
    boolean puede =
        usuario.getAuthorities().stream()
            .map(authority -> authority.getAuthority().substring("GROUP_".length()))
            .anyMatch(
                grupo -> GRUPOS_CON_ACCESO.contains(grupo) || Municipios.esGrupoRegional(grupo));
    if (!puede) {
      throw new ResponseStatusException(
          HttpStatus.FORBIDDEN,
          "El panel de cumplimiento es para SERNAMEG, la "
              + "Alcaldía y DIDECO; su usuario no pertenece a esos grupos.");
    }
    return alcanceUsuario.de(usuario);
  }

  private PanelCumplimiento.Filtro filtro(String region, String etapa) {
    String codigoRegion = region == null || region.isBlank() ? null : region.trim();
    if (codigoRegion != null
        && catalogo.regiones().stream().noneMatch(r -> r.codigo().equals(codigoRegion))) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST,
          "Región desconocida: '"
              + region
              + "'. Use el código de dos dígitos (por ejemplo, 04 para Coquimbo).");
    }
    Etapa etapaFiltro =
        etapa == null || etapa.isBlank()
            ? null
            : Etapa.de(etapa.trim())
                .orElseThrow(
                    () ->
                        new ResponseStatusException(
                            HttpStatus.BAD_REQUEST,
                            "Etapa desconocida: '"
                                + etapa
                                + "'. Use sin_convenio, en_aprobacion, vigente, en_termino o cerrado."));
    return new PanelCumplimiento.Filtro(codigoRegion, etapaFiltro);
  }

  private List<Region> regionesVisibles(Alcance alcance) {
    return catalogo.regiones().stream()
        .filter(
            region ->
                alcance.todas()
                    || catalogo.deRegion(region.codigo()).stream()
                        .anyMatch(comuna -> alcance.incluye(comuna.codigo())))
        .toList();
  }
}
