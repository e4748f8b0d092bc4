package cl.conveniosomm.documento;

import cl.conveniosomm.proceso.Grupos;
import java.util.Set;

/** The documents a convenio keeps, and which groups may upload each. */
public enum TipoDocumento {
  CONVENIO_FIRMADO("Convenio firmado", Set.of(Grupos.DIDECO)),
  DECRETO_FIRMADO("Decreto alcaldicio firmado", Set.of(Grupos.SECRETARIA_MUNICIPAL)),
  INFORME_SEMESTRAL("Informe Semestral de Avance", Set.of(Grupos.OMM)),
  INFORME_FINAL("Informe Final", Set.of(Grupos.OMM));

  private final String nombre;
  private final Set<String> gruposQueSuben;

  TipoDocumento(String nombre, Set<String> gruposQueSuben) {
    this.nombre = nombre;
    this.gruposQueSuben = gruposQueSuben;
  }

  public String nombre() {
    return nombre;
  }

  public Set<String> gruposQueSuben() {
    return gruposQueSuben;
  }
}
