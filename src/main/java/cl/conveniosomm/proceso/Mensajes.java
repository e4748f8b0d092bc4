package cl.conveniosomm.proceso;

/** BPMN message names. */
public final class Mensajes {

  /** The obligation of a plazo was met or cancelled: its reminders stop. */
  public static final String PLAZO_CERRADO = "plazo-cerrado";

  private Mensajes() {
  }
}
