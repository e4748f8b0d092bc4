package cl.conveniosomm.proceso;

/** Process definition keys of the models in processes/. */
public final class Procesos {

  public static final String CONVENIO_OMM = "convenio-omm";
  /** One instance per plazo: the reminder ladder, as timers visible in Cockpit. */
  public static final String PLAZO_RECORDATORIOS = "plazo-recordatorios";

  private Procesos() {
  }
}
