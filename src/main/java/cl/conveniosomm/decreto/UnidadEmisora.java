package cl.conveniosomm.decreto;

/** Who issues an antecedente. */
public enum UnidadEmisora {
  DIDECO("Dirección de Desarrollo Comunitario"),
  ASESORIA_JURIDICA("Dirección de Asesoría Jurídica"),
  DAF("Dirección de Administración y Finanzas"),
  SERNAMEG("Dirección Regional de SERNAMEG"),
  ALCALDIA("Alcaldía"),
  SECRETARIA_MUNICIPAL("Secretaría Municipal"),
  PARTES("SERNAMEG y la Municipalidad");

  private final String nombre;

  UnidadEmisora(String nombre) {
    this.nombre = nombre;
  }

  public String nombre() {
    return nombre;
  }
}
