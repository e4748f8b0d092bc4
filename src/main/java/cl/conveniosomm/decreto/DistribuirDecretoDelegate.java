package cl.conveniosomm.decreto;

import cl.conveniosomm.system.texto.Fechas;
import cl.conveniosomm.proceso.Variables;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/** Distributes the decreto the Secretaría numbered to the units she ticked. */
@Component("distribuirDecreto")
public class DistribuirDecretoDelegate implements JavaDelegate {

  static final String SIN_CORREO = "distribucionSinCorreo";

  private final DecretoRepository decretos;
  private final DistribucionService distribucion;

  public DistribuirDecretoDelegate(DecretoRepository decretos, DistribucionService distribucion) {
    this.decretos = decretos;
    this.distribucion = distribucion;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Decreto decreto = decretos.findByConvenio(execution.getProcessBusinessKey()).orElseThrow();
    Object comuna = execution.getVariable(Variables.COMUNA);
    List<UnidadDistribucion> sinCorreo = distribucion.distribuir(decreto, comuna == null ? "" : comuna.toString(),
        Fechas.leer(execution.getVariable(Variables.FECHA_SUSCRIPCION)),
        unidades(execution.getVariable(Variables.DECRETO_DISTRIBUCION)));
    execution.setVariable(SIN_CORREO, sinCorreo.stream().map(UnidadDistribucion::nombre).toList());
  }

  /** The ticked units (a list, or the JSON array Tasklist submits); none ticked means all. */
  private static List<UnidadDistribucion> unidades(Object seleccion) {
    List<String> codigos = new ArrayList<>();
    if (seleccion instanceof Collection<?> lista) {
      lista.forEach(codigo -> codigos.add(codigo.toString()));
    } else if (seleccion instanceof SpinJsonNode json && json.isArray()) {
      json.elements().forEach(codigo -> codigos.add(codigo.stringValue()));
    }
    if (codigos.isEmpty()) {
      return List.of(UnidadDistribucion.values());
    }
    return codigos.stream().map(UnidadDistribucion::valueOf).toList();
  }
}
