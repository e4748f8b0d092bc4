package cl.conveniosomm.informe;

import cl.conveniosomm.documento.TipoDocumento;

/** The reports a municipality owes SERNAMEG (cláusula séptima b). */
public enum TipoInforme {
  SEMESTRAL("Informe Semestral de Avance", TipoDocumento.INFORME_SEMESTRAL),
  FINAL("Informe Final", TipoDocumento.INFORME_FINAL);

  private final String nombre;
  private final TipoDocumento documento;

  TipoInforme(String nombre, TipoDocumento documento) {
    this.nombre = nombre;
    this.documento = documento;
  }

  public String nombre() {
    return nombre;
  }

  public TipoDocumento documento() {
    return documento;
  }
}
