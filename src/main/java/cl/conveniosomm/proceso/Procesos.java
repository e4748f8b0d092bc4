package cl.conveniosomm.proceso;

/** Process definition keys of the models in processes/. */
public final class Procesos {

  public static final String CONVENIO_OMM = "convenio-omm";

  private Procesos() {
  }
}
