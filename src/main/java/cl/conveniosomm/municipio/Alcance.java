package cl.conveniosomm.municipio;

import java.util.Collection;
import java.util.Set;

/** The comunas a person may see: her tenants, or all of them for administrators. */
public record Alcance(boolean todas, Set<String> comunas) {

  public static final Alcance TODAS = new Alcance(true, Set.of());

  /** Nobody logged in, or a person of no municipality: sees no comuna. */
  public static final Alcance NINGUNA = new Alcance(false, Set.of());

  public boolean vacio() {
    return !todas && comunas.isEmpty();
  }

  /**
   * Whether the comuna is within reach; a record of no comuna is only within reach of whoever sees
   * all.
   */
  public boolean incluye(String comunaCodigo) {
    return todas || comunaCodigo != null && comunas.contains(comunaCodigo);
  }

  /** The tenant ids to restrict an engine query to; null means no restriction. */
  public String[] tenants() {
    return todas ? null : comunas.toArray(String[]::new);
  }

  public static Alcance de(Collection<String> comunas) {
    return new Alcance(false, Set.copyOf(comunas));
  }
}
