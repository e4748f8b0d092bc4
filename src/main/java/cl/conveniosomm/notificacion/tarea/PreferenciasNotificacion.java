package cl.conveniosomm.notificacion.tarea;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Service;

/** Stored in the engine's own user info, beside the user: no table of ours. */
@Service
public class PreferenciasNotificacion {

  static final String CLAVE = "omm.notificaciones";

  private final IdentityService identityService;

  public PreferenciasNotificacion(IdentityService identityService) {
    this.identityService = identityService;
  }

  public PreferenciaNotificacion de(String userId) {
    String valor = identityService.getUserInfo(userId, CLAVE);
    return PreferenciaNotificacion.RESUMEN_DIARIO.name().equals(valor)
        ? PreferenciaNotificacion.RESUMEN_DIARIO
        : PreferenciaNotificacion.INMEDIATO;
  }

  public void guardar(String userId, PreferenciaNotificacion preferencia) {
    identityService.setUserInfo(userId, CLAVE, preferencia.name());
  }
}
