package cl.conveniosomm.documento;

import cl.conveniosomm.proceso.Grupos;
import java.util.Set;

/** The documents a convenio keeps, and which groups may upload each. */
public enum TipoDocumento {
  CONVENIO_FIRMADO("Convenio firmado", Set.of(Grupos.DIDECO)),
  CERTIFICADO_DAF("Certificado DAF", Set.of(Grupos.DAF)),
  RESOLUCION_SERNAMEG("Resolución exenta de SERNAMEG", Set.of(Grupos.SERNAMEG)),
  DECRETO_FIRMADO("Decreto alcaldicio firmado", Set.of(Grupos.SECRETARIA_MUNICIPAL)),
  INFORME_SEMESTRAL("Informe Semestral de Avance", Set.of(Grupos.OMM)),
  INFORME_FINAL("Informe Final", Set.of(Grupos.OMM)),
  DIAGNOSTICO("Diagnóstico comunal de género", Set.of(Grupos.OMM)),
  AGENDA("Agenda de Género Comunal", Set.of(Grupos.OMM)),
  PLAN("Plan anual estratégico de Género", Set.of(Grupos.OMM));

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
