package cl.conveniosomm.proceso;

/** Process definition keys of the models in processes/. */
public final class Procesos {

  public static final String CONVENIO_OMM = "convenio-omm";

  /** One instance per report due: the OMM prepares it, the system sends it, SERNAMEG reviews it. */
  public static final String INFORME_CONVENIO = "informe-convenio";

  /** The yearly ciclo de gestión: diagnóstico, agenda and plan. */
  public static final String CICLO_GESTION = "ciclo-gestion";

  private Procesos() {}
}
