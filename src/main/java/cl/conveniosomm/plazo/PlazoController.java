package cl.conveniosomm.plazo;

import cl.conveniosomm.municipio.AlcanceUsuario;
import cl.conveniosomm.municipio.catalogo.CatalogoComunas;
import cl.conveniosomm.municipio.catalogo.Comuna;
import cl.conveniosomm.system.engine.Reloj;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Deadlines as users plan with them: what is due, when, and whether it is overdue. */
@RestController
@RequestMapping("/api/plazos")
public class PlazoController {

  private static final int LIMITE = 500;

  private final PlazoRepository repository;
  private final Reloj reloj;
  private final AlcanceUsuario alcance;
  private final CatalogoComunas comunas;

  public PlazoController(
      PlazoRepository repository, Reloj reloj, AlcanceUsuario alcance, CatalogoComunas comunas) {
    this.repository = repository;
    this.reloj = reloj;
    this.alcance = alcance;
    this.comunas = comunas;
  }

  /**
   * {@code calendario}: whose holidays counted {@code vence}, e.g. SERNAMEG Ñuble's seat, Chillán,
   * for its reviews; {@code proximoRecordatorio}: when the next reminder goes out (null: none
   * left).
   */
  public record PlazoVista(
      String id,
      String convenioId,
      String obligacion,
      String descripcion,
      String comuna,
      LocalDate vence,
      Calendario calendario,
      EstadoPlazo estado,
      String observacion,
      Instant proximoRecordatorio) {}

  /**
   * The comuna whose regional and comunal holidays were skipped (null code: national holidays
   * only).
   */
  public record Calendario(String comunaCodigo, String comuna) {}

  @GetMapping
  public List<PlazoVista> listar(
      @RequestParam(required = false) String convenio,
      @RequestParam(required = false) String estado) {
    LocalDate hoy = reloj.hoy();
    return repository.find(convenio, estado(estado), hoy, LIMITE, alcance.actual()).stream()
        .map(
            p ->
                new PlazoVista(
                    p.id(),
                    p.convenioId(),
                    p.obligacion(),
                    p.descripcion(),
                    p.comunaNombre(),
                    p.vence(),
                    calendario(p.calendarioComuna()),
                    p.estado(hoy),
                    p.direccionesInvalidas(),
                    p.proximoRecordatorio() == null ? null : p.proximoRecordatorio().cuando()))
        .toList();
  }

  private Calendario calendario(String comunaCodigo) {
    return new Calendario(
        comunaCodigo,
        comunas
            .porCodigo(comunaCodigo)
            .map(Comuna::nombre)
            .orElse(comunaCodigo == null ? "(sólo feriados nacionales)" : comunaCodigo));
  }

  private static EstadoPlazo estado(String estado) {
    if (estado == null || estado.isBlank()) {
      return null;
    }
    try {
      return EstadoPlazo.valueOf(estado.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST,
          "Estado desconocido: '" + estado + "'. Use pendiente, vencido, cumplido o cancelado.");
    }
  }
}
