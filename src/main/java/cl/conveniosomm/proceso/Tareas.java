package cl.conveniosomm.proceso;

/**
 * The ids of the user tasks in processes/, the one place code names them (unique across the models:
 * {@code ModelLintTest}; every id here is a task of a model and every task is here: {@code
 * TareasTest}).
 */
public final class Tareas {

  // aprobacion-convenio: the decreto alcaldicio
  public static final String SOLICITAR_REVISION = "Task_SolicitarRevision";
  public static final String REVISAR_CONVENIO = "Task_RevisarConvenio";
  public static final String RESPONDER_OBSERVACIONES = "Task_ResponderObservaciones";
  public static final String EMITIR_CERTIFICADO_DAF = "Task_EmitirCertificadoDaf";
  public static final String REMITIR_ANTECEDENTES = "Task_RemitirAntecedentes";
  public static final String EMITIR_RESOLUCION = "Task_EmitirResolucion";
  public static final String SOLICITAR_DECRETO = "Task_SolicitarDecreto";
  public static final String PREPARAR_BORRADOR_DECRETO = "Task_PrepararBorradorDecreto";
  public static final String FIRMAR_DECRETO = "Task_FirmarDecreto";
  public static final String NUMERAR_DECRETO = "Task_NumerarDecreto";

  // ciclo-gestion: diagnóstico, agenda and plan
  public static final String PREPARAR_DIAGNOSTICO = "Task_PrepararDiagnostico";
  public static final String REVISAR_DIAGNOSTICO = "Task_RevisarDiagnostico";
  public static final String PREPARAR_AGENDA = "Task_PrepararAgenda";
  public static final String REVISAR_AGENDA = "Task_RevisarAgenda";
  public static final String APROBAR_AGENDA = "Task_AprobarAgenda";
  public static final String PREPARAR_PLAN = "Task_PrepararPlan";
  public static final String REVISAR_PLAN = "Task_RevisarPlan";
  public static final String APROBAR_PLAN = "Task_AprobarPlan";

  // informe-convenio: a semestral report or the Informe Final
  public static final String PREPARAR_INFORME = "Task_PrepararInforme";
  public static final String REVISAR_INFORME = "Task_RevisarInforme";

  private Tareas() {}
}
