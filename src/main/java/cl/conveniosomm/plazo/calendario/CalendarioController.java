package cl.conveniosomm.plazo.calendario;

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

  public CalendarioController(CalendarioService calendario) {
    this.calendario = calendario;
  }

  @GetMapping("/feriados")
  public List<FeriadoRespuesta> feriados(@RequestParam int anio, @RequestParam(required = false) String comuna) {
    return calendario.feriados(anio, comuna).stream().map(FeriadoRespuesta::de).toList();
  }

  @GetMapping("/plazo")
  public PlazoRespuesta plazo(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate desde,
                @RequestParam int dias,
                @RequestParam(required = false) String comuna) {
    LocalDate vence = calendario.addDiasHabiles(desde, dias, comuna);
    String codigo = CodigoComuna.normalizar(comuna);
    return new PlazoRespuesta(desde, dias, codigo, vence);
  }
}
