package cl.conveniosomm.cumplimiento;

import cl.conveniosomm.municipio.Alcance;
import cl.conveniosomm.municipio.catalogo.CatalogoComunas;
import cl.conveniosomm.municipio.catalogo.Comuna;
import cl.conveniosomm.plazo.CategoriaPlazo;
import cl.conveniosomm.plazo.calendario.CalendarioService;
import cl.conveniosomm.system.engine.Reloj;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The compliance dashboard's figures, from the app's own tables in three queries whatever the
 * number of comunas: each convenio's stage, its pending deadlines, and per comuna how many
 * obligations were met or are pending on time against overdue or met late.
 */
@Service
public class PanelCumplimiento {

  public record Filtro(String region, Etapa etapa) {}

  public record Panel(LocalDate hoy, List<FilaCumplimiento> filas, List<ResumenRegion> regiones) {}

  /**
   * {@code calendario}: the comuna whose holidays count this deadline's días hábiles
   * (docs/plazos.md).
   */
  private record Pendiente(
      String convenio,
      String descripcion,
      LocalDate vence,
      CategoriaPlazo categoria,
      String calendario) {}

  private record Cuenta(int alDia, int atrasadas) {}

  private final NamedParameterJdbcTemplate jdbc;
  private final CatalogoComunas catalogo;
  private final CalendarioService calendario;
  private final IdentityService identityService;
  private final EnlacesConvenio enlaces;
  private final Reloj reloj;

  public PanelCumplimiento(
      NamedParameterJdbcTemplate jdbc,
      CatalogoComunas catalogo,
      CalendarioService calendario,
      IdentityService identityService,
      EnlacesConvenio enlaces,
      Reloj reloj) {
    this.jdbc = jdbc;
    this.catalogo = catalogo;
    this.calendario = calendario;
    this.identityService = identityService;
    this.enlaces = enlaces;
    this.reloj = reloj;
  }

  public Panel panel(Alcance alcance, Filtro filtro) {
    LocalDate hoy = reloj.hoy();
    Map<String, Map<String, Object>> convenios = convenioPorComuna(alcance);
    Map<String, List<Pendiente>> pendientes = pendientesPorConvenio(alcance);
    Map<String, String> enlacesCockpit = enlaces.cockpit(alcance);
    Map<String, String> enlacesTasklist = enlaces.tasklist(alcance);

    List<FilaCumplimiento> filas = new ArrayList<>();
    for (Comuna comuna : comunas(alcance, convenios.keySet())) {
      Map<String, Object> convenio = convenios.get(comuna.codigo());
      Etapa etapa =
          convenio == null
              ? Etapa.SIN_CONVENIO
              : Etapa.de((String) convenio.get("estado")).orElseThrow();
      if ((filtro.region() != null && !filtro.region().equals(comuna.regionCodigo()))
          || (filtro.etapa() != null && filtro.etapa() != etapa)) {
        continue;
      }
      String id = convenio == null ? null : (String) convenio.get("id");
      filas.add(
          fila(
              comuna,
              id,
              etapa,
              pendientes.getOrDefault(id, List.of()),
              hoy,
              enlacesTasklist.get(id),
              enlacesCockpit.get(id)));
    }
    filas.sort(
        Comparator.comparingInt(FilaCumplimiento::diasHabilesAtraso)
            .reversed()
            .thenComparing(FilaCumplimiento::comunaCodigo));
    return new Panel(hoy, filas, regiones(alcance, filas, hoy));
  }

  private FilaCumplimiento fila(
      Comuna comuna,
      String convenio,
      Etapa etapa,
      List<Pendiente> pendientes,
      LocalDate hoy,
      String tasklist,
      String cockpit) {
    Pendiente proxima =
        pendientes.stream()
            .filter(p -> !p.vence().isBefore(hoy))
            .min(Comparator.comparing(Pendiente::vence))
            .orElse(null);
    List<Pendiente> vencidas = pendientes.stream().filter(p -> p.vence().isBefore(hoy)).toList();
    int atraso =
        vencidas.stream()
            .mapToInt(p -> calendario.diasHabilesEntre(p.vence(), hoy, p.calendario()))
            .max()
            .orElse(0);
    return new FilaCumplimiento(
        comuna.codigo(),
        comuna.nombre(),
        comuna.regionNombre(),
        convenio,
        etapa.nombre(),
        proxima == null ? null : proxima.descripcion(),
        proxima == null ? null : proxima.vence(),
        contar(vencidas, CategoriaPlazo.INFORME),
        contar(vencidas, CategoriaPlazo.DOCUMENTO),
        contar(vencidas, CategoriaPlazo.TRAMITE),
        atraso,
        tasklist,
        cockpit);
  }

  private static int contar(List<Pendiente> vencidas, CategoriaPlazo categoria) {
    return (int) vencidas.stream().filter(p -> p.categoria() == categoria).count();
  }

  /**
   * The onboarded comunas she sees, and any comuna of hers that has a convenio, in catalogue order.
   */
  private List<Comuna> comunas(Alcance alcance, Set<String> conConvenio) {
    Set<String> codigos = new TreeSet<>(conConvenio);
    if (alcance.todas()) {
      identityService.createTenantQuery().list().stream().map(Tenant::getId).forEach(codigos::add);
    } else {
      codigos.addAll(alcance.comunas());
    }
    return codigos.stream().map(catalogo::porCodigo).flatMap(Optional::stream).toList();
  }

  private Map<String, Map<String, Object>> convenioPorComuna(Alcance alcance) {
    Map<String, Map<String, Object>> porComuna = new LinkedHashMap<>();
    consultar(
            "SELECT id, comuna_codigo, estado FROM omm_convenio WHERE 1 = 1",
            alcance,
            // the convenio in force (one per comuna at most), else the last one closed
            " ORDER BY comuna_codigo, CASE WHEN estado = 'CERRADO' THEN 1 ELSE 0 END, registrado_en DESC")
        .forEach(
            convenio -> porComuna.putIfAbsent((String) convenio.get("comuna_codigo"), convenio));
    return porComuna;
  }

  private Map<String, List<Pendiente>> pendientesPorConvenio(Alcance alcance) {
    Map<String, List<Pendiente>> porConvenio = new LinkedHashMap<>();
    for (Map<String, Object> fila :
        consultar(
            "SELECT convenio_id, descripcion, vence, categoria, calendario_comuna FROM omm_plazo WHERE estado = 'PENDIENTE'",
            alcance,
            "")) {
      String convenio = (String) fila.get("convenio_id");
      porConvenio
          .computeIfAbsent(convenio, id -> new ArrayList<>())
          .add(
              new Pendiente(
                  convenio,
                  (String) fila.get("descripcion"),
                  fecha(fila.get("vence")),
                  CategoriaPlazo.valueOf((String) fila.get("categoria")),
                  (String) fila.get("calendario_comuna")));
    }
    return porConvenio;
  }

  private List<ResumenRegion> regiones(
      Alcance alcance, List<FilaCumplimiento> filas, LocalDate hoy) {
    Map<String, Cuenta> porComuna = new LinkedHashMap<>();
    MapSqlParameterSource params = new MapSqlParameterSource("hoy", hoy);
    String sql =
        "SELECT comuna_codigo, "
            + "SUM(CASE WHEN (estado = 'PENDIENTE' AND vence >= :hoy) OR (estado = 'CUMPLIDO' "
            + "AND CAST(cerrado_en AS DATE) <= vence) THEN 1 ELSE 0 END) AS al_dia, "
            + "SUM(CASE WHEN (estado = 'PENDIENTE' AND vence < :hoy) OR (estado = 'CUMPLIDO' "
            + "AND CAST(cerrado_en AS DATE) > vence) THEN 1 ELSE 0 END) AS atrasadas "
            + "FROM omm_plazo WHERE comuna_codigo IS NOT NULL"
            + restriccion(alcance, params)
            + " GROUP BY comuna_codigo";
    jdbc.queryForList(sql, params)
        .forEach(
            fila ->
                porComuna.put(
                    (String) fila.get("comuna_codigo"),
                    new Cuenta(
                        ((Number) fila.get("al_dia")).intValue(),
                        ((Number) fila.get("atrasadas")).intValue())));
    Map<String, int[]> porRegion = new TreeMap<>();
    for (FilaCumplimiento fila : filas) {
      Cuenta cuenta = porComuna.getOrDefault(fila.comunaCodigo(), new Cuenta(0, 0));
      int[] suma = porRegion.computeIfAbsent(fila.region(), region -> new int[2]);
      suma[0] += cuenta.alDia();
      suma[1] += cuenta.atrasadas();
    }
    return porRegion.entrySet().stream()
        .map(
            region ->
                new ResumenRegion(region.getKey(), region.getValue()[0], region.getValue()[1]))
        .toList();
  }

  private List<Map<String, Object>> consultar(String select, Alcance alcance, String orden) {
    MapSqlParameterSource params = new MapSqlParameterSource();
    return jdbc.queryForList(select + restriccion(alcance, params) + orden, params);
  }

  private static String restriccion(Alcance alcance, MapSqlParameterSource params) {
    if (alcance.todas()) {
      return "";
    }
    if (alcance.comunas().isEmpty()) {
      return " AND 1 = 0";
    }
    params.addValue("comunas", alcance.comunas());
    return " AND comuna_codigo IN (:comunas)";
  }

  private static LocalDate fecha(Object valor) {
    return valor instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) valor;
  }
}
