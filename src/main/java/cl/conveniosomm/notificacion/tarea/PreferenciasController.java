package cl.conveniosomm.notificacion.tarea;

import java.security.Principal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The logged-in person's choice: one email per task, or one daily digest. */
@RestController
@RequestMapping("/api/preferencias/notificaciones")
public class PreferenciasController {

  private final PreferenciasNotificacion preferencias;

  public PreferenciasController(PreferenciasNotificacion preferencias) {
    this.preferencias = preferencias;
  }

  public record Preferencia(PreferenciaNotificacion modo) {}

  @GetMapping
  public Preferencia ver(Principal usuario) {
    return new Preferencia(preferencias.de(usuario.getName()));
  }

  @PutMapping
  public Preferencia cambiar(Principal usuario, @RequestBody Preferencia preferencia) {
    if (preferencia == null || preferencia.modo() == null) {
      throw new org.springframework.web.server.ResponseStatusException(
          org.springframework.http.HttpStatus.BAD_REQUEST,
          "Indique el modo: INMEDIATO o RESUMEN_DIARIO.");
    }
    preferencias.guardar(usuario.getName(), preferencia.modo());
    return preferencia;
  }
}
