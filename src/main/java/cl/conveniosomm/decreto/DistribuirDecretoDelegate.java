package cl.conveniosomm.decreto;

import cl.conveniosomm.proceso.Variables;
import cl.conveniosomm.system.texto.Fechas;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Distributes the numbered decreto to the units the Secretaría chose when she prepared it (as
 * printed on it).
 */
@Component("distribuirDecreto")
public class DistribuirDecretoDelegate implements JavaDelegate {

  static final String SIN_CORREO = "distribucionSinCorreo";

  private final DecretoRepository decretos;
  private final PreparacionDecreto preparacion;
  private final DistribucionService distribucion;

  public DistribuirDecretoDelegate(
      DecretoRepository decretos,
      PreparacionDecreto preparacion,
      DistribucionService distribucion) {
    this.decretos = decretos;
    this.preparacion = preparacion;
    this.distribucion = distribucion;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Decreto decreto = decretos.findByConvenio(execution.getProcessBusinessKey()).orElseThrow();
    Object comuna = execution.getVariable(Variables.COMUNA);
    List<UnidadDistribucion> sinCorreo =
        distribucion.distribuir(
            decreto,
            comuna == null ? "" : comuna.toString(),
            Fechas.leer(execution.getVariable(Variables.FECHA_SUSCRIPCION)),
            preparacion.deConvenio(decreto.convenioId()).distribucion());
    execution.setVariable(SIN_CORREO, sinCorreo.stream().map(UnidadDistribucion::nombre).toList());
  }
}
