package cl.conveniosomm.proceso;

/** Process variable names shared by models and code. */
public final class Variables {

  /** Official CUT code of the convenio's comuna (e.g. "04101"): which holidays count. */
  public static final String COMUNA_CODIGO = "comunaCodigo";
  /** The comuna's name, for people. */
  public static final String COMUNA = "comuna";

  public static final String PLAZO_ID = "plazoId";
  public static final String PROXIMO_RECORDATORIO = "proximoRecordatorio";
  public static final String NUMERO_RECORDATORIO = "numeroRecordatorio";
  public static final String ULTIMO_RECORDATORIO = "ultimoRecordatorio";
  public static final String HAY_RECORDATORIO = "hayRecordatorio";

  private Variables() {
  }
}
