package cl.conveniosomm.convenio;

import cl.conveniosomm.proceso.Grupos;
import cl.conveniosomm.proceso.Mensajes;
import cl.conveniosomm.proceso.Variables;
import cl.conveniosomm.system.engine.Reloj;
import cl.conveniosomm.system.texto.Fechas;
import cl.conveniosomm.system.texto.Textos;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Either party ends a convenio in force (SERNAMEG or the Alcaldía): its report schedule stops and
 * the Informe Final falls due.
 */
@Service
public class TerminoConvenio {

  static final Set<String> QUIENES_TERMINAN =
      Set.of(Grupos.SERNAMEG, Grupos.ALCALDIA, Grupos.CAMUNDA_ADMIN);

  private final ConvenioRepository convenios;
  private final RuntimeService runtimeService;
  private final Reloj reloj;

  public TerminoConvenio(ConvenioRepository convenios, RuntimeService runtimeService, Reloj reloj) {
    this.convenios = convenios;
    this.runtimeService = runtimeService;
    this.reloj = reloj;
  }

  @Transactional
  public void terminar(
      String convenioId, Object fecha, Object motivo, String usuario, Collection<String> grupos) {
    if (grupos.stream().noneMatch(QUIENES_TERMINAN::contains)) {
      throw new SinPermisoException(
          "Sólo SERNAMEG o la Alcaldía pueden poner término al convenio.");
    }
    if (!convenios.estado(convenioId).map("VIGENTE"::equals).orElse(false)) {
      throw new IllegalArgumentException(
          "El convenio " + convenioId + " no está vigente: no se le puede poner término.");
    }
    LocalDate dia;
    try {
      dia = Fechas.leer(fecha);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "La fecha de término no es válida: use el formato AAAA-MM-DD.");
    }
    if (dia == null || dia.isAfter(reloj.hoy())) {
      throw new IllegalArgumentException("Indique la fecha de término: hoy o una fecha pasada.");
    }
    String razon = Textos.de(motivo);
    if (razon.isEmpty() || razon.length() > 1000) {
      throw new IllegalArgumentException("Indique el motivo del término (hasta 1000 caracteres).");
    }
    convenios.setEstado(convenioId, "EN_TERMINO");
    runtimeService
        .createMessageCorrelation(Mensajes.TERMINO_CONVENIO)
        .processInstanceBusinessKey(convenioId)
        .setVariables(
            Map.of(
                Variables.TERMINO_FECHA,
                dia.toString(),
                Variables.TERMINO_MOTIVO,
                razon,
                "terminadoPor",
                usuario))
        .correlate();
  }

  /** The person's groups do not allow the action. */
  public static class SinPermisoException extends RuntimeException {
    public SinPermisoException(String message) {
      super(message);
    }
  }
}
