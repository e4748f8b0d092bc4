package cl.conveniosomm.system.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A convenio's variables change only through the forms of its tasks (checked by
 * {@link ValidacionEnvioFilter}). The engine lets a task's candidates write the task's variables,
 * which land on the instance, so the variable endpoints of tasks, instances and executions are left
 * to administrators, who correct data in Cockpit.
 */
public class EscrituraVariablesFilter extends OncePerRequestFilter {

  private static final Pattern VARIABLES = Pattern.compile(
      "^(?:/engine-rest(?:/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+)"
          + "/(?:task|process-instance|execution)/[^/]+/(?:variables|localVariables)(?:/.*)?$");
  private static final Set<String> ESCRITURAS = Set.of("PUT", "POST", "DELETE", "PATCH");

  private final ObjectMapper json;
  private final IdentityService identityService;

  public EscrituraVariablesFilter(ObjectMapper json, IdentityService identityService) {
    this.json = json;
    this.identityService = identityService;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String ruta = request.getRequestURI().substring(request.getContextPath().length());
    if (!ESCRITURAS.contains(request.getMethod()) || !VARIABLES.matcher(ruta).matches()
        || !AlcanceDelLlamador.tieneCredenciales(request)
        || AlcanceDelLlamador.de(request, identityService).todas()) {
      chain.doFilter(request, response);
      return;
    }
    ErrorMotor.escribir(response, json, HttpServletResponse.SC_FORBIDDEN, "AuthorizationException",
        "Las variables de un convenio sólo cambian al completar el formulario de una tarea. Para corregir un "
            + "dato, pida a un administrador que lo haga en Cockpit.");
  }
}
