package cl.conveniosomm.convenio;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code POST /api/convenios/{id}/termino {"fecha":"2019-03-06","motivo":"..."}}: SERNAMEG or the
 * Alcaldía.
 */
@RestController
public class TerminoController {

  private final TerminoConvenio termino;

  public TerminoController(TerminoConvenio termino) {
    this.termino = termino;
  }

  public record Termino(String fecha, String motivo) {}

  @PostMapping("/api/convenios/{convenio}/termino")
  public ResponseEntity<Map<String, String>> terminar(
      @PathVariable String convenio, @RequestBody Termino cuerpo, Authentication usuario) {
    try {
      termino.terminar(
          convenio,
          cuerpo.fecha(),
          cuerpo.motivo(),
          usuario.getName(),
          usuario.getAuthorities().stream()
              .map(authority -> authority.getAuthority().substring("GROUP_".length()))
              .toList());
    } catch (TerminoConvenio.SinPermisoException e) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, e.getMessage());
    }
    return ResponseEntity.accepted().body(Map.of("convenio", convenio, "estado", "EN_TERMINO"));
  }
}
