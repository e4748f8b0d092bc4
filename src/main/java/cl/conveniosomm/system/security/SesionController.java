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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What the webapps' script {@code omm/sesion.js} asks about the session. Whether people may log in
 * through their institution's provider, for the login page's link. And «Cerrar sesión» in Tasklist,
 * Cockpit and Admin, called instead of the webapps' own logout: it ends the person's whole session
 * here and answers where the browser goes next, the institution's provider when she logged in
 * there, so that its session ends too, or else the login page. That call must bear the webapps' own
 * CSRF token, as their logout does.
 */
@RestController
class SesionController {

  private static final String LOGIN = "/camunda/app/tasklist/default/";

  private final ObjectProvider<SalidaDelProveedor> proveedor;

  SesionController(ObjectProvider<SalidaDelProveedor> proveedor) {
    this.proveedor = proveedor;
  }

  /** Where the login page's «Ingresar con la cuenta de mi institución» goes, if anywhere. */
  @GetMapping("${camunda.bpm.webapp.application-path:/camunda}/ingreso-institucional")
  Map<String, Object> ingresoInstitucional(HttpServletRequest request) {
    return proveedor.getIfAvailable() == null
        ? Map.of("activo", false)
        : Map.of(
            "activo",
            true,
            "enlace",
            ServletUriComponentsBuilder.fromContextPath(request).path("/sso").build().getPath());
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
