package cl.conveniosomm.municipio;

import cl.conveniosomm.support.Registro;
import java.util.List;
import java.util.Map;

/**
 * The municipalities the tenancy tests onboard, each with one DIDECO user: two of the Coquimbo
 * region (the demo's regional SERNAMEG user sees them) and one of the Metropolitana region (she
 * does not).
 */
final class Municipalidades {

  static final String CONTRASENA = "Clave-Prueba-2026";

  record Municipalidad(String comuna, String nombre, String usuario) {

    SolicitudIncorporacion solicitud() {
      return new SolicitudIncorporacion(
          comuna,
          List.of(
              new SolicitudIncorporacion.Persona(
                  usuario,
                  "Dideco",
                  nombre,
                  usuario + "@prueba.convenios-omm.cl",
                  List.of("dideco"),
                  CONTRASENA)));
    }

    Map<String, Object> registro() {
      Map<String, Object> variables = Registro.laSerena();
      variables.put("comuna", nombre);
      variables.put("comunaCodigo", comuna);
      variables.put("lugarSuscripcion", nombre);
      return variables;
    }
  }

  static final Municipalidad PAIGUANO = new Municipalidad("04105", "Paiguano", "dideco-paiguano");
  static final Municipalidad ILLAPEL = new Municipalidad("04201", "Illapel", "dideco-illapel");
  static final Municipalidad SANTIAGO = new Municipalidad("13101", "Santiago", "dideco-santiago");

  private Municipalidades() {}
}
