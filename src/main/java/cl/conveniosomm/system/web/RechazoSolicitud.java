package cl.conveniosomm.system.web;

import java.util.Optional;

/**
 * A request the app's own engine listeners refused, with the Spanish reason. The engine's REST API
 * reports any exception thrown while starting a process as a 500; {@link RespuestasMotorFilter} uses
 * the reason recorded here, on the request's thread, to answer 400 with it instead.
 */
public final class RechazoSolicitud {

  private static final ThreadLocal<String> MOTIVO = new ThreadLocal<>();

  private RechazoSolicitud() {
  }

  public static void registrar(String motivo) {
    MOTIVO.set(motivo);
  }

  static Optional<String> tomar() {
    String motivo = MOTIVO.get();
    MOTIVO.remove();
    return Optional.ofNullable(motivo);
  }
}
