package cl.conveniosomm.convenio;

import cl.conveniosomm.plazo.EstadoPlazo;
import cl.conveniosomm.plazo.Plazo;
import cl.conveniosomm.plazo.PlazoRepository;
import cl.conveniosomm.system.engine.Reloj;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** A convenio at a glance: its stage, its next deadline and what is overdue. */
@RestController
public class EstadoConvenioController {

  private final ConvenioRepository convenios;
  private final PlazoRepository plazos;
  private final Reloj reloj;

  public EstadoConvenioController(
      ConvenioRepository convenios, PlazoRepository plazos, Reloj reloj) {
    this.convenios = convenios;
    this.plazos = plazos;
    this.reloj = reloj;
  }

  public record Obligacion(String descripcion, LocalDate vence) {}

  public record Estado(
      String convenio, String etapa, Obligacion proximoVencimiento, List<Obligacion> vencidas) {}

  @GetMapping("/api/convenios/{convenio}/estado")
  public Estado estado(@PathVariable String convenio) {
    String etapa =
        convenios
            .estado(convenio)
            .orElseThrow(
                () ->
                    new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "No existe el convenio " + convenio + "."));
    LocalDate hoy = reloj.hoy();
    List<Plazo> pendientes = plazos.find(convenio, EstadoPlazo.PENDIENTE, hoy, 500);
    Obligacion proximo =
        pendientes.stream()
            .min(Comparator.comparing(Plazo::vence))
            .map(plazo -> new Obligacion(plazo.descripcion(), plazo.vence()))
            .orElse(null);
    List<Obligacion> vencidas =
        plazos.find(convenio, EstadoPlazo.VENCIDO, hoy, 500).stream()
            .map(plazo -> new Obligacion(plazo.descripcion(), plazo.vence()))
            .toList();
    return new Estado(convenio, etapa, proximo, vencidas);
  }
}
