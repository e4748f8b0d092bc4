package cl.conveniosomm.decreto.borrador;

import cl.conveniosomm.convenio.firmante.Firmante;
import cl.conveniosomm.convenio.firmante.RolFirmante;
import cl.conveniosomm.decreto.Antecedente;
import cl.conveniosomm.decreto.PasoAprobacion;
import cl.conveniosomm.decreto.PreparacionDecreto.Preparacion;
import cl.conveniosomm.decreto.TipoAntecedente;
import cl.conveniosomm.decreto.UnidadDistribucion;
import cl.conveniosomm.decreto.UnidadEmisora;
import cl.conveniosomm.decreto.borrador.BorradorDecreto.Firma;
import cl.conveniosomm.system.texto.Fechas;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the decreto in the words of Decreto N° 378 of La Serena (2017), corrected where it is
 * wrong (see docs/decreto.md): every antecedente with its issuer as named on its date and what it
 * does, who signed the convenio for each party and in what capacity, and who signs the decreto.
 */
final class RedaccionDecreto {

  private static final DateTimeFormatter LARGA =
      DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy", Fechas.ES_CL);
  private static final Locale ES = Fechas.ES_CL;
  private static final String PROGRAMA = "Oficina Comunal de la Mujer o Mecanismo de Género";
  private static final String SIN_DATO = "__________";
  private static final LocalDate FECHA_MODELO = LocalDate.of(2015, 12, 28);
  private static final List<String> LEYES =
      List.of(
          "la Ley N° 19.880, que establece Bases de los Procedimientos Administrativos que rigen los Actos de los Órganos "
              + "de la Administración del Estado",
          "la Ley N° 18.575, Orgánica Constitucional de Bases Generales de la Administración del Estado",
          "la Ley N° 18.695, Orgánica Constitucional de Municipalidades, y en uso de las atribuciones que me confiere la Ley");

  /** What the draft is written from. */
  record Datos(
      String comuna,
      String region,
      List<Antecedente> antecedentes,
      String numero,
      LocalDate fecha,
      LocalDate suscripcion,
      Map<RolFirmante, Firmante> firmantes,
      Preparacion preparacion,
      List<Visto> orden) {}

  private RedaccionDecreto() {}

  static BorradorDecreto redactar(Datos d) {
    return new BorradorDecreto(
        d.comuna(),
        d.numero(),
        d.fecha() == null ? null : larga(d.fecha()),
        vistos(d),
        puntos(d),
        "Anótese, comuníquese a quien corresponda y archívese.",
        firmas(d),
        d.preparacion().distribucion().stream()
            .map(
                unidad ->
                    unidad == UnidadDistribucion.SERNAMEG
                        ? Sernameg.nombreEn(d.fecha())
                        : unidad.nombre())
            .toList(),
        referencia(d.preparacion().referencia()),
        null);
  }

  private static List<String> vistos(Datos d) {
    Map<Visto, List<String>> citas = new EnumMap<>(Visto.class);
    List<Antecedente> citados =
        d.antecedentes().stream()
            .filter(
                a -> a.tipo() != TipoAntecedente.DECRETO && a.tipo() != TipoAntecedente.CONVENIO)
            .sorted(Comparator.comparing(Antecedente::fecha).thenComparing(Antecedente::orden))
            .toList();
    Antecedente conformidad =
        citados.stream()
            .filter(a -> PasoAprobacion.REVISAR_CONVENIO.tarea().equals(a.paso()))
            .reduce((primera, ultima) -> ultima)
            .orElse(null);
    for (Antecedente a : citados) {
      citas.computeIfAbsent(visto(a, conformidad), v -> new ArrayList<>()).add(cita(a, d.region()));
    }
    citas.put(
        Visto.MODELO_DE_GESTION,
        List.of(
            "la Resolución Exenta N° 003607, de fecha "
                + larga(FECHA_MODELO)
                + ", del "
                + Sernameg.nombreEn(FECHA_MODELO)
                + ", mediante la cual se aprueba el Modelo de Gestión Integral de "
                + "las Oficinas Municipales de la Mujer (OMM) del "
                + Sernameg.nombreEn(FECHA_MODELO)));
    List<String> vistos = new ArrayList<>();
    d.orden().forEach(visto -> vistos.addAll(citas.getOrDefault(visto, List.of())));
    vistos.addAll(LEYES);
    return vistos;
  }

  private static Visto visto(Antecedente a, Antecedente conformidad) {
    PasoAprobacion paso = PasoAprobacion.deTarea(a.paso()).orElseThrow();
    return switch (paso) {
      case REMISION_SERNAMEG -> Visto.REMISION_SERNAMEG;
      case SOLICITAR_REVISION -> Visto.SOLICITUD_REVISION;
      case REVISAR_CONVENIO ->
          a == conformidad ? Visto.CONFORMIDAD_JURIDICA : Visto.OBSERVACIONES_JURIDICAS;
      case RESPONDER_OBSERVACIONES -> Visto.RESPUESTA_OBSERVACIONES;
      case EMITIR_CERTIFICADO -> Visto.CERTIFICADO_DAF;
      case REMITIR_ANTECEDENTES -> Visto.REMISION_ANTECEDENTES;
      case EMITIR_RESOLUCION -> Visto.RESOLUCION_SERNAMEG;
      case SOLICITAR_DECRETO -> Visto.SOLICITUD_DECRETO;
      case SUSCRIPCION, NUMERAR_DECRETO ->
          throw new IllegalArgumentException("No se cita en los VISTOS: " + paso);
    };
  }

  /**
   * «el Ord. N° 4309, de fecha 4 de octubre de 2016, de la Dirección de Desarrollo Comunitario, que
   * solicita …».
   */
  private static String cita(Antecedente a, String region) {
    String documento =
        switch (a.tipo()) {
          case RESOLUCION_EXENTA -> "la " + a.tipo().nombre();
          default -> "el " + a.tipo().nombre();
        };
    String numero = a.numero() == null ? "" : " N° " + a.numero() + ",";
    String emisor =
        a.unidad() == UnidadEmisora.SERNAMEG
            ? "de la Dirección Regional de " + region + " del " + Sernameg.nombreEn(a.fecha())
            : "de la " + a.unidad().nombre();
    String materia = minuscula(a.materia());
    String loQueHace =
        a.tipo() == TipoAntecedente.RESOLUCION_EXENTA
            ? "mediante la cual se " + materia
            : "que " + materia;
    return documento + numero + " de fecha " + larga(a.fecha()) + ", " + emisor + ", " + loQueHace;
  }

  private static List<String> puntos(Datos d) {
    Firmante sernameg = d.firmantes().get(RolFirmante.SERNAMEG);
    Firmante municipio = d.firmantes().get(RolFirmante.MUNICIPIO);
    List<String> puntos = new ArrayList<>();
    puntos.add(
        "APRUÉBESE Convenio de Colaboración de fecha "
            + larga(d.suscripcion())
            + ", suscrito entre el "
            + Sernameg.nombreEn(d.suscripcion()).toUpperCase(ES)
            + ", representado por su "
            + (sernameg == null
                ? "Director(a) Regional, " + SIN_DATO
                : sernameg.cargo()
                    + ", "
                    + sernameg.tratamiento()
                    + " "
                    + sernameg.nombreEnMayusculas())
            + ", y la ILUSTRE MUNICIPALIDAD DE "
            + d.comuna().toUpperCase(ES)
            + ", representada por "
            + (municipio == null
                ? "su Alcalde(sa) " + SIN_DATO
                : (municipio.sexo() == Firmante.Sexo.F ? "la " : "el ")
                    + municipio.cargo()
                    + " "
                    + municipio.tratamiento()
                    + " "
                    + municipio.nombreEnMayusculas())
            + ", \""
            + PROGRAMA
            + "\".");
    if (d.suscripcion() != null && (d.fecha() == null || d.fecha().isAfter(d.suscripcion()))) {
      // art. 52 Ley 19.880: the convenio takes effect from its signature once this decreto is fully
      // processed
      puntos.add(
          "DÉJESE ESTABLECIDO además que si bien el presente instrumento produce efectos respecto de hechos "
              + "acaecidos con anterioridad, sus consecuencias son favorables para el interesado y no lesionan derechos de "
              + "terceros, conforme al artículo 52 de la Ley N° 19.880.");
    }
    return puntos;
  }

  private static List<Firma> firmas(Datos d) {
    Firmante secretario = d.firmantes().get(RolFirmante.SECRETARIO);
    Firmante alcalde = d.firmantes().get(RolFirmante.ALCALDE);
    return List.of(
        secretario == null
            ? new Firma(SIN_DATO, "SECRETARIO(A) MUNICIPAL")
            : new Firma(secretario.nombreEnMayusculas(), secretario.cargo().toUpperCase(ES)),
        alcalde == null
            ? new Firma(SIN_DATO, "ALCALDE(SA) DE " + d.comuna().toUpperCase(ES))
            : new Firma(alcalde.nombreEnMayusculas(), cargoAlcalde(alcalde, d.comuna())));
  }

  /** «ALCALDE DE LA SERENA», «ALCALDESA (S) DE LA SERENA». */
  private static String cargoAlcalde(Firmante alcalde, String comuna) {
    return (alcalde.cargo() + " de " + comuna).toUpperCase(ES);
  }

  private static String referencia(String iniciales) {
    return iniciales == null ? null : iniciales.endsWith(".") ? iniciales : iniciales + ".";
  }

  private static String minuscula(String texto) {
    return texto.isEmpty() ? texto : Character.toLowerCase(texto.charAt(0)) + texto.substring(1);
  }

  static String larga(LocalDate fecha) {
    return fecha == null ? SIN_DATO : LARGA.format(fecha);
  }
}
