package cl.conveniosomm.cumplimiento;

import java.util.Arrays;
import java.util.Optional;

/** A convenio's stage as the dashboard names and filters it (omm_convenio.estado, or none). */
public enum Etapa {
  SIN_CONVENIO("Sin convenio"),
  EN_APROBACION("En aprobación"),
  VIGENTE("Vigente"),
  EN_TERMINO("En término"),
  CERRADO("Cerrado");

  private final String nombre;

  Etapa(String nombre) {
    this.nombre = nombre;
  }

  public String nombre() {
    return nombre;
  }

  public static Optional<Etapa> de(String codigo) {
    return Arrays.stream(values())
        .filter(etapa -> etapa.name().equalsIgnoreCase(codigo))
        .findFirst();
  }
}
