package cl.conveniosomm.convenio;

import cl.conveniosomm.municipio.AlcanceUsuario;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Every app endpoint under {@code /api/convenios/{convenio}/...} (documents, expediente, decreto,
 * estado, término) answers only to people of the convenio's comuna, its regional SERNAMEG office,
 * the national office and administrators. One check for all of them, so a new endpoint cannot
 * forget it.
 */
@Component
public class AccesoConvenios implements HandlerInterceptor {

  private final ConvenioRepository convenios;
  private final AlcanceUsuario alcance;

  public AccesoConvenios(ConvenioRepository convenios, AlcanceUsuario alcance) {
    this.convenios = convenios;
    this.alcance = alcance;
  }

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE)
            instanceof Map<?, ?> variables
        && variables.get("convenio") instanceof String convenio) {
      verificar(convenio);
    }
    return true;
  }

  /**
   * Throws 404 when the convenio does not exist and 403 when it belongs to a comuna she cannot see.
   */
  public void verificar(String convenio) {
    String comuna =
        convenios
            .comunaCodigo(convenio)
            .orElseThrow(
                () ->
                    new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "No existe el convenio " + convenio + "."));
    if (!alcance.actual().incluye(comuna)) {
      throw new ResponseStatusException(
          HttpStatus.FORBIDDEN, "Su usuario no tiene acceso a los convenios de esta comuna.");
    }
  }
}
