package cl.conveniosomm.decreto.borrador;

import cl.conveniosomm.decreto.Antecedente;
import cl.conveniosomm.decreto.TipoAntecedente;
import cl.conveniosomm.decreto.UnidadDistribucion;
import cl.conveniosomm.system.texto.Fechas;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Writes the decreto's clauses in legal Spanish from the recorded antecedentes. */
final class RedaccionDecreto {

  private static final DateTimeFormatter LARGA = DateTimeFormatter.ofPattern("dd 'de' MMMM 'de' yyyy", Fechas.ES_CL);
  private static final String MODELO_DE_GESTION = "La Resolución Exenta N° 003607, de fecha 28 de diciembre de 2015, "
      + "del Servicio Nacional de la Mujer y la Equidad de Género, que aprueba el Modelo de Gestión Integral de las "
      + "Oficinas Municipales de la Mujer;";
  private static final String LEYES = "Las facultades que me confieren la Ley N° 18.695, Orgánica Constitucional de "
      + "Municipalidades; la Ley N° 19.880, que establece las Bases de los Procedimientos Administrativos que rigen los "
      + "actos de los Órganos de la Administración del Estado; y la Ley N° 18.575, Orgánica Constitucional de Bases "
      + "Generales de la Administración del Estado.";

  private RedaccionDecreto() {
  }

  static BorradorDecreto redactar(String comuna, String region, List<Antecedente> antecedentes, String numero,
      LocalDate fechaDecreto, LocalDate fechaSuscripcion, List<UnidadDistribucion> distribucion) {
    List<String> vistos = new ArrayList<>();
    antecedentes.stream().filter(a -> a.tipo() != TipoAntecedente.DECRETO)
        .sorted(Comparator.comparing(Antecedente::fecha).thenComparing(Antecedente::orden))
        .forEach(a -> vistos.add(visto(a, comuna)));
    vistos.add(MODELO_DE_GESTION);
    vistos.add(LEYES);
    List<String> puntos = new ArrayList<>();
    puntos.add("APRUÉBESE el Convenio de Colaboración suscrito con fecha " + larga(fechaSuscripcion)
        + " entre el Servicio Nacional de la Mujer y la Equidad de Género, Dirección Regional de " + region
        + ", representada por su Directora Regional, y la Ilustre Municipalidad de " + comuna
        + ", representada por su Alcalde, para la ejecución del programa Oficina Municipal de la Mujer.");
    if (fechaSuscripcion != null && (fechaDecreto == null || fechaDecreto.isAfter(fechaSuscripcion))) {
      puntos.add("DÉJESE ESTABLECIDO que los efectos del presente decreto se retrotraen a la fecha de suscripción del "
          + "convenio, por producir consecuencias favorables para los interesados y no lesionar derechos de terceros, "
          + "conforme al artículo 52 de la Ley N° 19.880.");
    }
    return new BorradorDecreto(comuna, numero, fechaDecreto == null ? null : larga(fechaDecreto), vistos, puntos,
        distribucion.stream().map(UnidadDistribucion::nombre).toList());
  }

  private static String visto(Antecedente a, String comuna) {
    String fecha = "de fecha " + larga(a.fecha());
    return switch (a.tipo()) {
      case CONVENIO -> "El Convenio de Colaboración suscrito con fecha " + larga(a.fecha()) + " entre el Servicio "
          + "Nacional de la Mujer y la Equidad de Género y la Ilustre Municipalidad de " + comuna + ";";
      case CERTIFICADO -> "El Certificado" + numero(a) + ", " + fecha + ", de la " + a.unidad().nombre() + ";";
      case RESOLUCION_EXENTA -> "La Resolución Exenta" + numero(a) + ", " + fecha + ", de la " + a.unidad().nombre()
          + ", que " + minuscula(a.materia()) + ";";
      default -> "El " + a.tipo().nombre() + numero(a) + ", " + fecha + ", de " + articulo(a) + a.unidad().nombre()
          + ", que " + minuscula(a.materia()) + ";";
    };
  }

  private static String numero(Antecedente a) {
    return a.numero() == null ? "" : " N° " + a.numero();
  }

  private static String articulo(Antecedente a) {
    return a.unidad().nombre().startsWith("Asesoría") || a.unidad().nombre().startsWith("Dirección")
        || a.unidad().nombre().startsWith("Alcaldía") || a.unidad().nombre().startsWith("Secretaría") ? "la " : "";
  }

  private static String minuscula(String texto) {
    return texto.isEmpty() ? texto : Character.toLowerCase(texto.charAt(0)) + texto.substring(1);
  }

  static String larga(LocalDate fecha) {
    return fecha == null ? "____" : LARGA.format(fecha);
  }
}
