package cl.conveniosomm.system.web;

import cl.conveniosomm.system.identity.PasswordRules;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Turns engine API errors that Camunda reports as 500, or in English, into what they are:
 * <ul>
 *   <li>a request the app's listeners refused (an invalid registration, a comuna that is not hers):
 *       400 with the Spanish reason;</li>
 *   <li>a password the policy refuses (a new user, a password change): 400 with the policy's rules
 *       in Spanish; nothing changed;</li>
 *   <li>a password change whose current password is wrong: 400 in Spanish;</li>
 *   <li>a task, instance or other record of a municipality she does not belong to (Camunda's tenant
 *       check): 404, saying nothing of the record, exactly as for one that does not exist.</li>
 * </ul>
 */
public class RespuestasMotorFilter extends OncePerRequestFilter {

  private static final String OTRO_TENANT = "belongs to no authenticated tenant";
  private static final String CONTRASENA_DEBIL = "Password does not match policy";
  private static final String CONTRASENA_ACTUAL = "The given authenticated user password is not valid";

  private final ObjectMapper json;

  public RespuestasMotorFilter(ObjectMapper json) {
    this.json = json;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper cached = new ContentCachingResponseWrapper(response);
    RechazoSolicitud.tomar();
    try {
      chain.doFilter(request, cached);
    } finally {
      Optional<String> rechazo = RechazoSolicitud.tomar();
      String cuerpo = new String(cached.getContentAsByteArray(), StandardCharsets.UTF_8);
      if (cached.getStatus() == HttpServletResponse.SC_INTERNAL_SERVER_ERROR) {
        if (rechazo.isPresent()) {
          reemplazar(cached, HttpServletResponse.SC_BAD_REQUEST, "InvalidRequestException", rechazo.get());
        } else if (cuerpo.contains(OTRO_TENANT)) {
          reemplazar(cached, HttpServletResponse.SC_NOT_FOUND, "RestException",
              "No existe lo que busca o su usuario no tiene acceso: pertenece a otra municipalidad.");
        } else if (cuerpo.contains(CONTRASENA_DEBIL)) {
          reemplazar(cached, HttpServletResponse.SC_BAD_REQUEST, "InvalidRequestException",
              "La contraseña no cumple la política de contraseñas y no se guardó. " + PasswordRules.everyRule());
        }
      } else if (cached.getStatus() == HttpServletResponse.SC_BAD_REQUEST && cuerpo.contains(CONTRASENA_ACTUAL)) {
        reemplazar(cached, HttpServletResponse.SC_BAD_REQUEST, "InvalidRequestException",
            "La contraseña actual indicada no es correcta: la contraseña no se cambió.");
      }
      cached.copyBodyToResponse();
    }
  }

  private void reemplazar(ContentCachingResponseWrapper response, int status, String tipo, String mensaje)
      throws IOException {
    response.resetBuffer();
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.getOutputStream().write(json.writeValueAsBytes(Map.of("type", tipo, "message", mensaje)));
  }
}
