package cl.conveniosomm.decreto.firma;

import cl.conveniosomm.proceso.Tareas;
import java.util.Optional;

/** The decreto's two signatures, in their order: the Alcalde's, then the ministro de fe's. */
public enum TurnoDeFirma {
  ALCALDE(1, Tareas.FIRMAR_DECRETO),
  MINISTRO_DE_FE(2, Tareas.NUMERAR_DECRETO);

  private final int orden;
  private final String tarea;

  TurnoDeFirma(int orden, String tarea) {
    this.orden = orden;
    this.tarea = tarea;
  }

  /** The turn signed in the approval's task {@code tarea} (its definition key). */
  public static Optional<TurnoDeFirma> deTarea(String tarea) {
    for (TurnoDeFirma turno : values()) {
      if (turno.tarea.equals(tarea)) {
        return Optional.of(turno);
      }
    }
    return Optional.empty();
  }

  /** 1 for the first signature, 2 for the second. */
  public int orden() {
    return orden;
  }
}
