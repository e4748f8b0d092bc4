package cl.conveniosomm.convenio.firmante;

import java.util.Locale;

/**
 * A public official who signs for a party, as the act must name her: full name, the sex-aware form
 * of her post and whether she holds it or stands in for its holder («(S)», subrogante). No RUT: the
 * name and post are part of the act, a person's identity number is not.
 */
public record Firmante(RolFirmante rol, String nombre, Sexo sexo, Calidad calidad) {

  public enum Sexo {
    F,
    M
  }

  public enum Calidad {
    TITULAR,
    SUBROGANTE
  }

  /** «doña» or «don», as the act addresses her. */
  public String tratamiento() {
    return sexo == Sexo.F ? "doña" : "don";
  }

  /** The post as the act writes it: «Directora Regional (S)», «Alcalde». */
  public String cargo() {
    return rol.cargo(sexo) + (calidad == Calidad.SUBROGANTE ? " (S)" : "");
  }

  public String nombreEnMayusculas() {
    return nombre.toUpperCase(Locale.forLanguageTag("es-CL"));
  }
}
