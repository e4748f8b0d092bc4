package cl.conveniosomm.plazo.calendario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * All holidays of a year, with their territorial scope: those from permanent laws plus the
 * single-year ones from {@value #FERIADOS_UNICOS}. Each year is computed once.
 */
@Component
public class CatalogoFeriados {

  static final String FERIADOS_UNICOS = "calendario/feriados-unicos.csv";

  private final Map<Integer, List<FeriadoTerritorial>> unicosPorAnio;
  private final Map<Integer, List<FeriadoTerritorial>> porAnio = new ConcurrentHashMap<>();

  public CatalogoFeriados() {
    this(FeriadosUnicosCsv.leerRecurso(FERIADOS_UNICOS));
  }

  CatalogoFeriados(List<FeriadoTerritorial> feriadosUnicos) {
    this.unicosPorAnio =
        feriadosUnicos.stream().collect(Collectors.groupingBy(f -> f.fecha().getYear()));
  }

  /**
   * Sorted by date; two holidays may fall on the same day (e.g. primaries on San Pedro y San
   * Pablo).
   */
  List<FeriadoTerritorial> delAnio(int anio) {
    return porAnio.computeIfAbsent(anio, this::calcular);
  }

  private List<FeriadoTerritorial> calcular(int anio) {
    List<FeriadoTerritorial> feriados = new ArrayList<>(FeriadosPermanentes.delAnio(anio));
    feriados.addAll(unicosPorAnio.getOrDefault(anio, List.of()));
    feriados.sort(Comparator.comparing(FeriadoTerritorial::fecha));
    return List.copyOf(feriados);
  }
}
