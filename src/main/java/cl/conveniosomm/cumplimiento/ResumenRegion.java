package cl.conveniosomm.cumplimiento;

/** Obligations of a región's convenios: met or pending on time, against overdue or met late. */
public record ResumenRegion(String region, int alDia, int atrasadas) {

  public int total() {
    return alDia + atrasadas;
  }

  /** Share on time, 0–100, for the chart's bar. */
  public int porcentajeAlDia() {
    return total() == 0 ? 100 : Math.round(100f * alDia / total());
  }
}
