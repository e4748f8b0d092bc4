package cl.conveniosomm.informe;

import cl.conveniosomm.proceso.Procesos;
import cl.conveniosomm.proceso.Variables;
import cl.conveniosomm.system.engine.Reloj;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

/**
 * The report schedule of a convenio in force: which semester comes next, and opening each report
 * (its own process instance, so a late one never holds up the next) when its semester ends.
 */
@Service
public class ProgramaInformes {

  private final CalendarioInformes calendario;
  private final RuntimeService runtimeService;

  public ProgramaInformes(CalendarioInformes calendario, RuntimeService runtimeService) {
    this.calendario = calendario;
    this.runtimeService = runtimeService;
  }

  /**
   * The semester after {@code ultimo} ("2017-1"), or the one of {@code vigencia} when none was
   * reported.
   */
  public PeriodoInforme siguiente(String ultimo, LocalDate vigencia, String comuna) {
    if (ultimo == null) {
      return calendario.semestre(vigencia, comuna);
    }
    String[] partes = ultimo.split("-");
    LocalDate inicioSiguiente =
        "1".equals(partes[1])
            ? LocalDate.of(Integer.parseInt(partes[0]), 7, 1)
            : LocalDate.of(Integer.parseInt(partes[0]) + 1, 1, 1);
    return calendario.semestre(inicioSiguiente, comuna);
  }

  /** When the report of {@code periodo} opens: the first moment after its semester. */
  public Date apertura(PeriodoInforme periodo) {
    return Date.from(periodo.hasta().plusDays(1).atStartOfDay(Reloj.ZONA).toInstant());
  }

  /** Starts the report's process for the convenio. */
  public void abrir(
      String convenioId,
      TipoInforme tipo,
      String periodoCodigo,
      String periodoNombre,
      LocalDate vence,
      Map<String, Object> convenio) {
    Map<String, Object> variables = new HashMap<>();
    for (String nombre :
        new String[] {
          Variables.COMUNA,
          Variables.COMUNA_CODIGO,
          Variables.CONTRAPARTE_EMAIL,
          Variables.DIRECTOR_DIDECO_EMAIL
        }) {
      variables.put(nombre, convenio.get(nombre));
    }
    variables.put(
        Variables.CONVENIO_ETIQUETA,
        Variables.etiquetaConvenio(convenio.get(Variables.COMUNA), convenioId));
    variables.put(Variables.TIPO_INFORME, tipo.name());
    variables.put(Variables.PERIODO_CODIGO, periodoCodigo);
    variables.put(Variables.PERIODO_NOMBRE, periodoNombre);
    variables.put(
        Variables.VENCE_INFORME,
        Date.from(vence.atTime(23, 59, 59).atZone(Reloj.ZONA).toInstant()));
    runtimeService.startProcessInstanceByKey(Procesos.INFORME_CONVENIO, convenioId, variables);
  }

  public LocalDate venceInformeFinal(LocalDate termino, String comuna) {
    return calendario.venceInformeFinal(termino, comuna);
  }
}
