package cl.conveniosomm.decreto;

/** Kinds of document the approval cites, with the name the decreto's VISTOS give them. */
public enum TipoAntecedente {
  ORD("Ord."),
  MEMO("Memo"),
  CERTIFICADO("Certificado"),
  RESOLUCION_EXENTA("Resolución Exenta"),
  CONVENIO("Convenio de colaboración"),
  DECRETO("Decreto Alcaldicio");

  private final String nombre;

  TipoAntecedente(String nombre) {
    this.nombre = nombre;
  }

  public String nombre() {
    return nombre;
  }
}
