package cl.conveniosomm.plazo.calendario;

import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Chilean business-day calendar (Ley 19.880, art. 25): Saturdays, Sundays and the holidays in force
 * in the comuna are not business days. Without a comuna, only national holidays count.
 */
@Service
public class CalendarioService {

  public static final int ANIO_MINIMO = 2000;
  public static final int ANIO_MAXIMO = 2100;
  public static final int MAXIMO_DIAS = 3650;

  private final CatalogoFeriados catalogo;

  public CalendarioService(CatalogoFeriados catalogo) {
    this.catalogo = catalogo;
  }

  public boolean isDiaHabil(LocalDate fecha, String comuna) {
    verificarFecha(fecha, "fecha");
    return esHabil(fecha, CodigoComuna.normalizar(comuna));
  }

  /**
   * With positive {@code dias}, the nth business day after {@code desde} (which is not counted);
   * with negative, the nth before; with zero, {@code desde} if it is a business day, otherwise the
   * next business day.
   */
  public LocalDate addDiasHabiles(LocalDate desde, int dias, String comuna) {
    verificarFecha(desde, "desde");
    if (dias > MAXIMO_DIAS || dias < -MAXIMO_DIAS) {
      throw new IllegalArgumentException(
          "La cantidad de días hábiles debe estar entre -"
              + MAXIMO_DIAS
              + " y "
              + MAXIMO_DIAS
              + "; se recibió "
              + dias
              + ".");
    }
    String codigo = CodigoComuna.normalizar(comuna);
    LocalDate fecha = desde;
    if (dias == 0) {
      while (!esHabil(fecha, codigo)) {
        fecha = siguienteDentroDelRango(fecha, 1);
      }
      return fecha;
    }
    int paso = dias > 0 ? 1 : -1;
    int restantes = Math.abs(dias);
    while (restantes > 0) {
      fecha = siguienteDentroDelRango(fecha, paso);
      if (esHabil(fecha, codigo)) {
        restantes--;
      }
    }
    return fecha;
  }

  /**
   * Business days after {@code desde} up to and including {@code hasta}: how late something due on
   * desde is.
   */
  public int diasHabilesEntre(LocalDate desde, LocalDate hasta, String comuna) {
    verificarFecha(desde, "desde");
    verificarFecha(hasta, "hasta");
    String codigo = CodigoComuna.normalizar(comuna);
    int dias = 0;
    for (LocalDate fecha = desde.plusDays(1); !fecha.isAfter(hasta); fecha = fecha.plusDays(1)) {
      if (esHabil(fecha, codigo)) {
        dias++;
      }
    }
    return dias;
  }

  /** The year's holidays in force in the comuna, sorted by date. */
  public List<Feriado> feriados(int anio, String comuna) {
    verificarAnio(anio);
    String codigo = CodigoComuna.normalizar(comuna);
    return catalogo.delAnio(anio).stream()
        .filter(feriado -> feriado.alcance().rigeEn(codigo))
        .map(FeriadoTerritorial::comoFeriado)
        .toList();
  }

  private boolean esHabil(LocalDate fecha, String comuna) {
    if (fecha.getDayOfWeek() == SATURDAY || fecha.getDayOfWeek() == SUNDAY) {
      return false;
    }
    return catalogo.delAnio(fecha.getYear()).stream()
        .noneMatch(feriado -> feriado.fecha().equals(fecha) && feriado.alcance().rigeEn(comuna));
  }

  private static LocalDate siguienteDentroDelRango(LocalDate fecha, int paso) {
    LocalDate siguiente = fecha.plusDays(paso);
    if (siguiente.getYear() < ANIO_MINIMO || siguiente.getYear() > ANIO_MAXIMO) {
      throw new IllegalArgumentException(
          "El plazo termina fuera del rango que cubre el calendario (años "
              + ANIO_MINIMO
              + " a "
              + ANIO_MAXIMO
              + ").");
    }
    return siguiente;
  }

  private static void verificarFecha(LocalDate fecha, String nombre) {
    if (fecha == null) {
      throw new IllegalArgumentException("La fecha «" + nombre + "» es obligatoria.");
    }
    verificarAnio(fecha.getYear());
  }

  private static void verificarAnio(int anio) {
    if (anio < ANIO_MINIMO || anio > ANIO_MAXIMO) {
      throw new IllegalArgumentException(
          "El año "
              + anio
              + " está fuera del rango que cubre el calendario ("
              + ANIO_MINIMO
              + " a "
              + ANIO_MAXIMO
              + ").");
    }
  }
}
