package cl.conveniosomm.municipio;

import java.util.regex.Pattern;

/**
 * How municipalities and SERNAMEG's offices appear in Camunda's identity: each municipality is a
 * tenant whose id is its comuna's official CUT code ("04101"); each regional office is a group that
 * belongs to every tenant of its región; the national office is a group that belongs to all of
 * them.
 */
public final class Municipios {

  private static final Pattern CODIGO_COMUNA = Pattern.compile("\\d{5}");

  public static final String SERNAMEG_NACIONAL = "sernameg-nacional";
  private static final String PREFIJO_REGIONAL = "sernameg-region-";

  private Municipios() {}

  public static boolean esTenant(String codigo) {
    return codigo != null && CODIGO_COMUNA.matcher(codigo).matches();
  }

  /** The group of SERNAMEG's office in a región ("sernameg-region-04"). */
  public static String grupoRegional(String regionCodigo) {
    return PREFIJO_REGIONAL + regionCodigo;
  }

  public static boolean esGrupoRegional(String groupId) {
    return groupId.startsWith(PREFIJO_REGIONAL);
  }
}
