package cl.conveniosomm.system.web;

import cl.conveniosomm.system.identity.PasswordRules;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Turns engine API errors that Camunda reports as 500, in English or in as many shapes as it has
 * commands, into what they are:
 *
 * <ul>
 *   <li>a request the app's own engine code refused ({@link RechazoSolicitud}): its status and
 *       Spanish reason;
 *   <li>a task, instance or other record that does not exist, or of a municipality she does not
 *       belong to (Camunda's tenant check): one 404, saying nothing of the record, the same for
 *       both;
 *   <li>a password the policy refuses: 400 with the policy's rules in Spanish; a password change
 *       whose current password is wrong: 400 in Spanish;
 *   <li>a query without a page size, or a page over the limit: 400 saying how to page;
 *   <li>a conditional start when no model starts on a condition: 400.
 * </ul>
 */
public class RespuestasMotorFilter extends OncePerRequestFilter {

  /** An engine answer, recognised by its status and words, and what to answer instead. */
  private record Traduccion(int desde, Pattern dice, int status, String tipo, String mensaje) {}

  private static final List<Traduccion> TRADUCCIONES =
      List.of(
          new Traduccion(
              500,
              Pattern.compile("Password does not match policy"),
              400,
              "InvalidRequestException",
              "La contraseña no cumple la política de contraseñas y no se guardó. "
                  + PasswordRules.everyRule()),
          new Traduccion(
              400,
              Pattern.compile("The given authenticated user password is not valid"),
              400,
              "InvalidRequestException",
              "La contraseña actual indicada no es correcta: la contraseña no se cambió."),
          new Traduccion(
              400,
              Pattern.compile("An unbound number of results is forbidden|Max results limit of"),
              400,
              "InvalidRequestException",
              "Las consultas devuelven a lo más 2.000 filas por página: indique maxResults "
                  + "(hasta 2000) y avance con firstResult, por ejemplo ?firstResult=0&maxResults=100."),
          new Traduccion(
              500,
              Pattern.compile("ENGINE-13043"),
              400,
              "InvalidRequestException",
              "Ningún modelo de Convenios OMM se inicia por condiciones: no se inició nada."),
          // a missing record and another municipality's (the tenant check) answer alike, whatever
          // the verb
          new Traduccion(
              400,
              Pattern.compile(
                  "belongs to no authenticated tenant|Cannot find task with id|does not exist"
                      + "|No process instance found|not found for id|\"type\":\"(?:NotFoundException|NullValueException)\""),
              404,
              "RestException",
              "No existe lo que busca, o su usuario no tiene acceso a ello."));

  private final ObjectMapper json;

  public RespuestasMotorFilter(ObjectMapper json) {
    this.json = json;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper cached = new ContentCachingResponseWrapper(response);
    RechazoSolicitud.tomar();
    try {
      chain.doFilter(request, cached);
    } finally {
      Optional<RechazoSolicitud.Motivo> rechazo = RechazoSolicitud.tomar();
      int status = cached.getStatus();
      if (status >= 400 && rechazo.isPresent()) {
        reemplazar(
            cached,
            rechazo.get().status(),
            rechazo.get().status() == 403 ? "AuthorizationException" : "InvalidRequestException",
            rechazo.get().texto());
      } else if (status >= 400) {
        String cuerpo = new String(cached.getContentAsByteArray(), StandardCharsets.UTF_8);
        Optional<Traduccion> traduccion =
            TRADUCCIONES.stream()
                .filter(t -> status >= t.desde() && t.dice().matcher(cuerpo).find())
                .findFirst();
        if (traduccion.isPresent()) {
          reemplazar(
              cached,
              traduccion.get().status(),
              traduccion.get().tipo(),
              traduccion.get().mensaje());
        }
      }
      cached.copyBodyToResponse();
    }
  }

  private void reemplazar(
      ContentCachingResponseWrapper response, int status, String tipo, String mensaje)
      throws IOException {
    response.resetBuffer();
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response
        .getOutputStream()
        .write(json.writeValueAsBytes(Map.of("type", tipo, "message", mensaje)));
  }
}
