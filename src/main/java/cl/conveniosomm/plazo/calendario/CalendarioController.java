package cl.conveniosomm.plazo.calendario;

import cl.conveniosomm.municipio.catalogo.CatalogoComunas;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Business-day calendar queries: a year's holidays and the due date of a deadline. */
@RestController
@RequestMapping("/api/calendario")
public class CalendarioController {

  private final CalendarioService calendario;
  private final CatalogoComunas comunas;

  public CalendarioController(CalendarioService calendario, CatalogoComunas comunas) {
    this.calendario = calendario;
    this.comunas = comunas;
  }

  @GetMapping("/feriados")
  public List<FeriadoRespuesta> feriados(
      @RequestParam int anio, @RequestParam(required = false) String comuna) {
    return calendario.feriados(anio, delCatalogo(comuna)).stream()
        .map(FeriadoRespuesta::de)
        .toList();
  }

  @GetMapping("/plazo")
  public PlazoRespuesta plazo(
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate desde,
      @RequestParam int dias,
      @RequestParam(required = false) String comuna) {
    String codigo = delCatalogo(comuna);
    LocalDate vence = calendario.addDiasHabiles(desde, dias, codigo);
    return new PlazoRespuesta(desde, dias, codigo, vence);
  }

  /**
   * A well-formed code of a comuna that exists: a made-up one would silently get only the national
   * holidays.
   */
  private String delCatalogo(String comuna) {
    String codigo = CodigoComuna.normalizar(comuna);
    if (codigo != null && comunas.porCodigo(codigo).isEmpty()) {
      throw new IllegalArgumentException(
          "No existe la comuna "
              + codigo
              + " en el catálogo de comunas (códigos CUT "
              + "de SUBDERE); por ejemplo, 04101 es La Serena.");
    }
    return codigo;
  }
}
