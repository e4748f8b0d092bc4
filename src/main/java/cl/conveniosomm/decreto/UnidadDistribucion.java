package cl.conveniosomm.decreto;

/**
 * The units a decreto approving a convenio is distributed to, in the order and with the names the
 * decretos of the Municipalidad de La Serena print them.
 */
public enum UnidadDistribucion {
  SERNAMEG("Servicio Nacional de la Mujer y la Equidad de Género"),
  DIDECO("Dideco"),
  PERSONAL("Departamento de Personal"),
  DAF("Dirección de Administración y Finanzas"),
  FINANZAS("Departamento de Finanzas"),
  CONTROL_INTERNO("Dirección Control Interno"),
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
