package cl.conveniosomm.municipio;

import cl.conveniosomm.proceso.Grupos;
import java.util.List;

/** The comunas of whoever the engine runs a command for, from her groups and tenants. */
public final class AlcanceDelLlamador {

  private AlcanceDelLlamador() {}

  public static Alcance alcance(List<String> grupos, List<String> tenants) {
    if (grupos != null && grupos.contains(Grupos.CAMUNDA_ADMIN)) {
      return Alcance.TODAS;
    }
    return Alcance.de(tenants == null ? List.of() : tenants);
  }
}
