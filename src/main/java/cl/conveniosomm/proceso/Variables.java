package cl.conveniosomm.proceso;

/** Process variable names shared by models and code. */
public final class Variables {

  /** Official CUT code of the convenio's comuna (e.g. "04101"): which holidays count. */
  public static final String COMUNA_CODIGO = "comunaCodigo";

  /** The comuna's name, for people. */
  public static final String COMUNA = "comuna";

  /**
   * Which convenio an instance is about, as people read it («La Serena · 04101-2016-12-19»): shown
   * on every Tasklist task card, where the tenant alone says only «04101».
   */
  public static final String CONVENIO_ETIQUETA = "convenioEtiqueta";

  /** The {@link #CONVENIO_ETIQUETA} of a convenio of the comuna. */
  public static String etiquetaConvenio(Object comuna, String convenioId) {
    return comuna + " · " + convenioId;
  }

  /** The convenio's signature date (yyyy-MM-dd). */
  public static final String FECHA_SUSCRIPCION = "fechaSuscripcion";

  public static final String DECRETO_NUMERO = "decretoNumero";
  public static final String DECRETO_FECHA = "decretoFecha";

  /** The decreto is dated after the signature: its effects reach back to it. */
  public static final String EFECTO_RETROACTIVO = "efectoRetroactivo";

  /** Codes of the units the decreto is distributed to (Secretaría's checklist). */
  public static final String DECRETO_DISTRIBUCION = "decretoDistribucion";

  public static final String CONTRAPARTE_EMAIL = "contraparteEmail";
  public static final String DIRECTOR_DIDECO_EMAIL = "directorDidecoEmail";

  /** SEMESTRAL or FINAL. */
  public static final String TIPO_INFORME = "tipoInforme";

  /** The report's period code ("2017-1"), or "final". */
  public static final String PERIODO_CODIGO = "periodoCodigo";

  /** The report's period as people say it («1er semestre 2017»). */
  public static final String PERIODO_NOMBRE = "periodoNombre";

  /** When the report is due: the OMM's task due date (moves on each observation). */
  public static final String VENCE_INFORME = "venceInforme";

  public static final String INFORME_RESUMEN = "informeResumen";

  /** The end of the semester being waited for: when its report is opened. */
  public static final String FIN_SEMESTRE = "finSemestre";

  /** Date (yyyy-MM-dd) and reason of término, sent with the message. */
  public static final String TERMINO_FECHA = "terminoFecha";

  public static final String TERMINO_MOTIVO = "terminoMotivo";

  private Variables() {}
}
