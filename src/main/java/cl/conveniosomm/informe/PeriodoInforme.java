package cl.conveniosomm.informe;

import java.time.LocalDate;

/**
 * One Informe Semestral de Avance: the calendar semester it reports on (from vigencia in the first
 * one), and when it is due.
 *
 * @param codigo e.g. "2017-1" for January–June 2017
 */
public record PeriodoInforme(String codigo, LocalDate desde, LocalDate hasta, LocalDate vence) {

  /** How people name it: «1er semestre 2017». */
  public String nombre() {
    return (hasta.getMonthValue() == 6 ? "1er" : "2º") + " semestre " + hasta.getYear();
  }
}
