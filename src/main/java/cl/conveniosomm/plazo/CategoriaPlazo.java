package cl.conveniosomm.plazo;

import cl.conveniosomm.proceso.Procesos;

/** What kind of obligation a deadline is, as the compliance dashboard counts them. */
public enum CategoriaPlazo {
  /** A report owed to SERNAMEG. */
  INFORME,
  /** A document of the ciclo de gestión: diagnóstico, agenda, plan. */
  DOCUMENTO,
  /** A step of the approval or anything else. */
  TRAMITE;

  /**
   * The category of a task's deadline, from the process the task belongs to
   * ("informe-convenio:3:…").
   */
  public static CategoriaPlazo deProceso(String processDefinitionId) {
    String proceso = processDefinitionId == null ? "" : processDefinitionId.split(":", 2)[0];
    return switch (proceso) {
      case Procesos.INFORME_CONVENIO -> INFORME;
      case Procesos.CICLO_GESTION -> DOCUMENTO;
      default -> TRAMITE;
    };
  }
}
