package cl.conveniosomm.proceso;

/** BPMN message names. */
public final class Mensajes {

  /** The obligation of a plazo was met or cancelled: its reminders stop. */
  public static final String PLAZO_CERRADO = "plazo-cerrado";

  /** Either party ends the convenio: no more semesters; the Informe Final becomes due. */
  public static final String TERMINO_CONVENIO = "termino-convenio";

  private Mensajes() {
  }
}
