package cl.conveniosomm.convenio.firmante;

import cl.conveniosomm.convenio.firmante.Firmante.Sexo;

/**
 * Who signs what: SERNAMEG's regional director and the municipality's representative sign the
 * convenio (captured when it is registered); the Alcalde and the Secretario Municipal, as ministro
 * de fe, sign the decreto that approves it (captured when the Secretaría prepares the draft). The
 * form fields are {@code prefijo + "Nombre" / "Sexo" / "Calidad"}.
 */
public enum RolFirmante {
  SERNAMEG(
      "sernamegFirmante", "Directora Regional", "Director Regional", "quien firma por SERNAMEG"),
  MUNICIPIO("municipioFirmante", "Alcaldesa", "Alcalde", "quien firma por la Municipalidad"),
  ALCALDE("alcaldeFirmante", "Alcaldesa", "Alcalde", "quien firma el decreto como Alcalde"),
  SECRETARIO(
      "secretarioFirmante",
      "Secretaria Municipal",
      "Secretario Municipal",
      "quien autoriza el decreto como Secretario Municipal");

  private final String prefijo;
  private final String femenino;
  private final String masculino;
  private final String quien;

  RolFirmante(String prefijo, String femenino, String masculino, String quien) {
    this.prefijo = prefijo;
    this.femenino = femenino;
    this.masculino = masculino;
    this.quien = quien;
  }

  public String cargo(Sexo sexo) {
    return sexo == Sexo.F ? femenino : masculino;
  }

  /** Who this is, for a Spanish message: «quien firma por SERNAMEG». */
  public String quien() {
    return quien;
  }

  public String variableNombre() {
    return prefijo + "Nombre";
  }

  public String variableSexo() {
    return prefijo + "Sexo";
  }

  public String variableCalidad() {
    return prefijo + "Calidad";
  }
}
