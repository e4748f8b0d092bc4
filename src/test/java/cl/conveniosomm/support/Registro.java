package cl.conveniosomm.support;

import cl.conveniosomm.convenio.firmante.RolFirmante;
import cl.conveniosomm.municipio.catalogo.CatalogoComunas;
import cl.conveniosomm.municipio.catalogo.Comuna;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The variables a registered convenio carries, as the registration form sets them (La Serena's
 * seed).
 */
public final class Registro {

  /** Comunas for tests that register convenios: one convenio in approval or in force per comuna. */
  static final List<Comuna> OTRAS = otras();

  private static final AtomicInteger SIGUIENTE = new AtomicInteger();
  private static final Map<String, AtomicInteger> SIGUIENTE_EN_REGION = new ConcurrentHashMap<>();

  /** The regiones of {@link #enRegion}: Maule and Biobío. */
  static final List<String> REGIONES_PROPIAS = List.of("07", "08");

  private Registro() {}

  private static List<Comuna> otras() {
    CatalogoComunas catalogo = new CatalogoComunas();
    List<Comuna> comunas = new ArrayList<>(catalogo.deRegion("05"));
    comunas.addAll(catalogo.deRegion("06"));
    return List.copyOf(comunas);
  }

  /**
   * A registration like La Serena's in a comuna no other test registers in (Valparaíso and
   * O'Higgins regions).
   */
  public static Map<String, Object> otraComuna() {
    Comuna comuna = OTRAS.get(SIGUIENTE.getAndIncrement() % OTRAS.size());
    Map<String, Object> variables = laSerena();
    variables.put("comuna", comuna.nombre());
    variables.put("comunaCodigo", comuna.codigo());
    return variables;
  }

  /**
   * A registration like La Serena's in the next comuna of {@code region}, for tests that register
   * many convenios: each such test takes a región of its own, so it never uses up the shared ones.
   */
  public static Map<String, Object> enRegion(String region) {
    if (!REGIONES_PROPIAS.contains(region)) {
      throw new IllegalArgumentException("Región sin personal de prueba: " + region);
    }
    List<Comuna> comunas = new CatalogoComunas().deRegion(region);
    Comuna comuna =
        comunas.get(
            SIGUIENTE_EN_REGION.computeIfAbsent(region, r -> new AtomicInteger()).getAndIncrement()
                % comunas.size());
    Map<String, Object> variables = laSerena();
    variables.put("comuna", comuna.nombre());
    variables.put("comunaCodigo", comuna.codigo());
    return variables;
  }

  public static Map<String, Object> laSerena() {
    Map<String, Object> variables = new HashMap<>();
    variables.put("comuna", "La Serena");
    variables.put("comunaCodigo", "04101");
    variables.put("region", "Coquimbo");
    variables.put("fechaSuscripcion", "2016-12-19");
    variables.put("lugarSuscripcion", "La Serena");
    variables.put("tipoMecanismo", "OFICINA_MUNICIPAL");
    variables.put("ordSernamegNumero", "627");
    variables.put("ordSernamegFecha", "2016-11-21");
    variables.put("contraparteNombre", "Contraparte técnica");
    variables.put("contraparteEmail", "contraparte@sernameg.gob.cl");
    variables.put("directorDidecoNombre", "Dirección DIDECO");
    variables.put("directorDidecoEmail", "director.dideco@laserena.cl");
    variables.put("encargadaOmmNombre", "Encargada OMM");
    variables.put("encargadaOmmEmail", "encargada.omm@laserena.cl");
    firmante(variables, RolFirmante.SERNAMEG, "Leyla Vilches Sánchez", "F", "SUBROGANTE");
    firmante(variables, RolFirmante.MUNICIPIO, "Roberto Jacob Jure", "M", "TITULAR");
    return variables;
  }

  /**
   * What the Secretaría submits with La Serena's draft: the seed's Alcalde (her form proposes who
   * signed the convenio), Secretario Municipal and reference initials.
   */
  public static Map<String, Object> borrador() {
    Map<String, Object> variables = new HashMap<>();
    variables.put("borradorRevisado", true);
    firmante(variables, RolFirmante.ALCALDE, "Roberto Jacob Jure", "M", "TITULAR");
    firmante(variables, RolFirmante.SECRETARIO, "Luigiano Maluenda Villegas", "M", "TITULAR");
    variables.put("decretoReferencia", "RJJ/LMV/MRS/mscg");
    return variables;
  }

  private static void firmante(
      Map<String, Object> variables, RolFirmante rol, String nombre, String sexo, String calidad) {
    variables.put(rol.variableNombre(), nombre);
    variables.put(rol.variableSexo(), sexo);
    variables.put(rol.variableCalidad(), calidad);
  }
}
