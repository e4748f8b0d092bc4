package cl.conveniosomm.system.web;

import java.util.Optional;

/**
 * A request the app's own engine code refused, with the Spanish reason. The engine's REST API
 * reports many refusals in its own words and statuses (a refused start or completion as a 500, a
 * refused attachment as «Task id is null»); {@link RespuestasMotorFilter} answers with the reason
 * recorded here, on the request's thread, instead.
 */
public final class RechazoSolicitud {

  /** The status the request deserves and why. */
  record Motivo(int status, String texto) {}

  private static final ThreadLocal<Motivo> MOTIVO = new ThreadLocal<>();

  private RechazoSolicitud() {}

  /** Bad input: 400. */
  public static void registrar(String motivo) {
    MOTIVO.set(new Motivo(400, motivo));
  }

  /** Not for this person: 403. */
  public static void prohibir(String motivo) {
    MOTIVO.set(new Motivo(403, motivo));
  }

  static Optional<Motivo> tomar() {
    Motivo motivo = MOTIVO.get();
    MOTIVO.remove();
    return Optional.ofNullable(motivo);
  }
}
