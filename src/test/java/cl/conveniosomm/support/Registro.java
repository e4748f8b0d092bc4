package cl.conveniosomm.support;

import java.util.HashMap;
import java.util.Map;

/** The variables a registered convenio carries, as the registration form sets them (La Serena's seed). */
public final class Registro {

  private Registro() {
  }

  public static Map<String, Object> laSerena() {
    Map<String, Object> variables = new HashMap<>();
    variables.put("comuna", "La Serena");
    variables.put("comunaCodigo", "04101");
    variables.put("region", "Coquimbo");
    variables.put("fechaSuscripcion", "2016-12-19");
    variables.put("lugarSuscripcion", "La Serena");
    variables.put("tipoMecanismo", "OFICINA_MUNICIPAL");
    variables.put("ordSernamegNumero", "627");
    variables.put("ordSernamegFecha", "2016-11-21");
    variables.put("contraparteNombre", "Contraparte técnica");
    variables.put("contraparteEmail", "contraparte@sernameg.gob.cl");
    variables.put("directorDidecoNombre", "Dirección DIDECO");
    variables.put("directorDidecoEmail", "director.dideco@laserena.cl");
    variables.put("encargadaOmmNombre", "Encargada OMM");
    variables.put("encargadaOmmEmail", "encargada.omm@laserena.cl");
    return variables;
  }
}
