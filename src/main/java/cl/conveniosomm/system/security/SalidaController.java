package cl.conveniosomm.system.security;

import cl.conveniosomm.system.security.oidc.SalidaDelProveedor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * «Cerrar sesión» in Tasklist, Cockpit and Admin (their script {@code omm/salida.js} calls it
 * instead of the webapps' own logout): ends the person's whole session here and answers where the
 * browser goes next, the institution's provider when she logged in there, so that its session ends
 * too, or else the login page. The call must bear the webapps' own CSRF token, as their logout
 * does.
 */
@RestController
class SalidaController {

  private static final String LOGIN = "/camunda/app/tasklist/default/";

  private final ObjectProvider<SalidaDelProveedor> proveedor;

  SalidaController(ObjectProvider<SalidaDelProveedor> proveedor) {
    this.proveedor = proveedor;
  }

  @PostMapping("${camunda.bpm.webapp.application-path:/camunda}/salir")
  ResponseEntity<Map<String, String>> salir(HttpServletRequest request) {
    String login = ServletUriComponentsBuilder.fromContextPath(request).path(LOGIN).toUriString();
    HttpSession sesion = request.getSession(false);
    if (sesion == null) {
      return ResponseEntity.ok(Map.of("destino", login));
    }
    if (!tokenDeLaSesion(request, sesion)) {
      return ResponseEntity.status(HttpStatus.FORBIDDEN)
          .body(
              Map.of(
                  "error",
                  "La solicitud de cierre de sesión no vino de Convenios OMM: recargue la página e"
                      + " intente de nuevo."));
    }
    String destino =
        proveedor.stream()
            .flatMap(salida -> salida.finDeSesion(sesion, login).stream())
            .map(Object::toString)
            .findFirst()
            .orElse(login);
    sesion.invalidate();
    return ResponseEntity.ok(Map.of("destino", destino));
  }

  private static boolean tokenDeLaSesion(HttpServletRequest request, HttpSession sesion) {
    Object esperado = sesion.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    String recibido = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
    return esperado instanceof String token
        && recibido != null
        && MessageDigest.isEqual(
            token.getBytes(StandardCharsets.UTF_8), recibido.getBytes(StandardCharsets.UTF_8));
  }
}
