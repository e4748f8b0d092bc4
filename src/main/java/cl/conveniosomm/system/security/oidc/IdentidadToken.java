package cl.conveniosomm.system.security.oidc;

import java.util.List;

/** Who a valid token stands for, as the engine knows her: a pseudonym, role groups, comunas. */
public record IdentidadToken(String usuario, List<String> grupos, List<String> comunas) {}
