package cl.conveniosomm.plazo.calendario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Todos los feriados de un año, con su alcance territorial: los de las leyes permanentes más los de un
 * solo año del archivo {@value #FERIADOS_UNICOS}. Cada año se calcula una vez.
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
    this.unicosPorAnio = feriadosUnicos.stream().collect(Collectors.groupingBy(f -> f.fecha().getYear()));
  }

  /** Ordenados por fecha; dos feriados pueden coincidir en un día (p. ej. primarias en San Pedro y San Pablo). */
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
