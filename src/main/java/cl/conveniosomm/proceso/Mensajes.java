package cl.conveniosomm.proceso;

/** BPMN message names. */
public final class Mensajes {

  /** Either party ends the convenio: no more semesters; the Informe Final becomes due. */
  public static final String TERMINO_CONVENIO = "termino-convenio";

  private Mensajes() {}
}
