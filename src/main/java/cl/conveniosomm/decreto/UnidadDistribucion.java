package cl.conveniosomm.decreto;

/** The units a decreto approving a convenio is distributed to (the seed's distribution list). */
public enum UnidadDistribucion {
  SERNAMEG("SERNAMEG, Dirección Regional"),
  DIDECO("Dirección de Desarrollo Comunitario"),
  PERSONAL("Departamento de Personal"),
  DAF("Dirección de Administración y Finanzas"),
  FINANZAS("Departamento de Finanzas"),
  CONTROL_INTERNO("Dirección de Control Interno"),
  ASESORIA_JURIDICA("Asesoría Jurídica"),
  OFICINA_PARTES("Oficina de Partes");

  private final String nombre;

  UnidadDistribucion(String nombre) {
    this.nombre = nombre;
  }

  public String nombre() {
    return nombre;
  }
}
