package cl.conveniosomm.cumplimiento;

import java.time.LocalDate;

/**
 * One comuna's line on the compliance dashboard: its convenio's stage, what is due next and what is
 * overdue, with the longest delay in días hábiles. A comuna without a convenio has only its names.
 */
public record FilaCumplimiento(
    String comunaCodigo,
    String comuna,
    String region,
    String convenio,
    String etapa,
    String proximaObligacion,
    LocalDate proximoVencimiento,
    int informesVencidos,
    int documentosVencidos,
    int tramitesVencidos,
    int diasHabilesAtraso,
    String enlaceTasklist,
    String enlaceCockpit) {

  public int vencidas() {
    return informesVencidos + documentosVencidos + tramitesVencidos;
  }

  public boolean atrasada() {
    return vencidas() > 0;
  }
}
