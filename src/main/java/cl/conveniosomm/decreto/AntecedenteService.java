package cl.conveniosomm.decreto;

import cl.conveniosomm.documento.DocumentoService;
import cl.conveniosomm.system.engine.Reloj;
import cl.conveniosomm.system.texto.Fechas;
import cl.conveniosomm.system.texto.Textos;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Records the antecedentes of the approval, in order, after checking them the way the Secretaría
 * Municipal would: a well-formed N°, a real date, not before the convenio it answers, and a decreto
 * N° used once per municipality and year. A bad value changes nothing.
 */
@Service
public class AntecedenteService {

  private static final Pattern NUMERO =
      Pattern.compile("[0-9A-Za-z]{1,10}([-/.][0-9A-Za-z]{1,10}){0,3}");
  private static final int MAX_NUMERO = 20;
  private static final int MAX_MATERIA = 500;

  private final AntecedenteRepository antecedentes;
  private final DecretoRepository decretos;
  private final DocumentoService documentos;
  private final Reloj reloj;

  public AntecedenteService(
      AntecedenteRepository antecedentes,
      DecretoRepository decretos,
      DocumentoService documentos,
      Reloj reloj) {
    this.antecedentes = antecedentes;
    this.decretos = decretos;
    this.documentos = documentos;
    this.reloj = reloj;
  }

  /** What is wrong with a step's document, in Spanish; empty when it can be recorded. */
  public List<String> problemas(EntradaAntecedente entrada) {
    List<String> problemas = new ArrayList<>();
    entrada
        .paso()
        .documento()
        .filter(tipo -> !documentos.existe(entrada.convenioId(), tipo))
        .ifPresent(
            tipo ->
                problemas.add(
                    "Falta adjuntar el documento «"
                        + tipo.nombre()
                        + "» (PDF): súbalo en la página de documentos "
                        + "enlazada en el formulario."));
    String numero = Textos.de(entrada.numero());
    if (numero.isEmpty()
        && entrada.paso().numero() == PasoAprobacion.Numero.SIN_NUMERO_NO_SE_CITA) {
      return problemas;
    }
    validarNumero(entrada, numero, problemas);
    validarFecha(entrada, problemas);
    if (Textos.de(entrada.materia()).length() > MAX_MATERIA) {
      problemas.add("La materia no puede superar " + MAX_MATERIA + " caracteres.");
    }
    return problemas;
  }

  /** Records the step's document; empty when the step allows none and none was given. */
  public Optional<Antecedente> registrar(EntradaAntecedente entrada) {
    PasoAprobacion paso = entrada.paso();
    String numero = Textos.de(entrada.numero());
    if (numero.isEmpty() && paso.numero() == PasoAprobacion.Numero.SIN_NUMERO_NO_SE_CITA) {
      return Optional.empty();
    }
    List<String> problemas = problemas(entrada);
    if (!problemas.isEmpty()) {
      throw new AntecedenteInvalidoException(problemas);
    }
    LocalDate fecha = Fechas.leer(entrada.fecha());
    String materia = Textos.de(entrada.materia());
    Antecedente antecedente =
        new Antecedente(
            UUID.randomUUID().toString(),
            entrada.convenioId(),
            antecedentes.nextOrden(entrada.convenioId()),
            paso.tarea(),
            paso.tipo(),
            numero.isEmpty() ? null : numero,
            fecha,
            paso.unidad(),
            materia.isEmpty() ? paso.materiaPorDefecto(Map.of()) : materia,
            entrada.usuario(),
            reloj.ahora());
    antecedentes.insert(antecedente);
    return Optional.of(antecedente);
  }

  /** Records the decreto itself: its N° is unique per municipality and year. */
  public Decreto numerarDecreto(EntradaAntecedente entrada) {
    Antecedente antecedente = registrar(entrada).orElseThrow();
    if (entrada.comunaCodigo() == null || entrada.comunaCodigo().isBlank()) {
      throw new AntecedenteInvalidoException(
          List.of("El convenio no tiene comuna registrada: no se puede numerar el decreto."));
    }
    boolean retroactivo =
        entrada.fechaSuscripcion() != null
            && antecedente.fecha().isAfter(entrada.fechaSuscripcion());
    Decreto decreto =
        new Decreto(
            entrada.convenioId(),
            entrada.comunaCodigo(),
            antecedente.numero(),
            antecedente.fecha(),
            retroactivo);
    try {
      decretos.insert(decreto, reloj.ahora());
    } catch (DuplicateKeyException e) {
      throw numeroTomado(decreto);
    }
    return decreto;
  }

  public List<Antecedente> deConvenio(String convenioId) {
    return antecedentes.findByConvenio(convenioId);
  }

  private void validarNumero(EntradaAntecedente entrada, String numero, List<String> problemas) {
    PasoAprobacion paso = entrada.paso();
    if (numero.isEmpty()) {
      if (paso.numero() == PasoAprobacion.Numero.OBLIGATORIO) {
        problemas.add("Falta el N° del documento (" + paso.tipo().nombre() + ").");
      }
      return;
    }
    if (numero.length() > MAX_NUMERO
        || !NUMERO.matcher(numero).matches()
        || numero.chars().noneMatch(Character::isDigit)) {
      problemas.add(
          "El N° «"
              + Textos.corto(numero)
              + "» no es válido: use dígitos y letras separados por guion, "
              + "barra o punto, por ejemplo 4309, 05-749 o 108/IV.");
      return;
    }
    if (antecedentes.existsNumero(entrada.convenioId(), paso.tipo(), paso.unidad(), numero)) {
      problemas.add(
          "Ya se registró el "
              + paso.tipo().nombre()
              + " N° "
              + numero
              + " de "
              + paso.unidad().nombre()
              + " para este convenio.");
    }
    if (paso == PasoAprobacion.NUMERAR_DECRETO) {
      LocalDate fecha = Fechas.leer(entrada.fecha());
      if (fecha != null
          && entrada.comunaCodigo() != null
          && decretos.numeroTomado(entrada.comunaCodigo(), fecha.getYear(), numero)) {
        problemas.add(
            numeroTomado(
                    new Decreto(entrada.convenioId(), entrada.comunaCodigo(), numero, fecha, false))
                .getMessage());
      }
    }
  }

  private LocalDate validarFecha(EntradaAntecedente entrada, List<String> problemas) {
    LocalDate fecha;
    try {
      fecha = Fechas.leer(entrada.fecha());
    } catch (DateTimeParseException e) {
      problemas.add("La fecha del " + entrada.paso().tipo().nombre() + ": " + e.getMessage());
      return null;
    }
    if (fecha == null) {
      problemas.add("Falta la fecha del documento.");
      return null;
    }
    problemas.addAll(Fechas.fueraDeRango(fecha, reloj.hoy(), ""));
    LocalDate suscripcion = entrada.fechaSuscripcion();
    String documento = "del " + entrada.paso().tipo().nombre();
    if (entrada.paso().posteriorASuscripcion()
        && suscripcion != null
        && fecha.isBefore(suscripcion)) {
      problemas.add(
          "La fecha "
              + documento
              + " ("
              + Fechas.corta(fecha)
              + ") es anterior a la suscripción del convenio ("
              + Fechas.corta(suscripcion)
              + ").");
    }
    validarOrden(entrada, fecha, documento, problemas);
    return fecha;
  }

  /**
   * The document cannot predate the recorded ones it follows (the last of each, after a new round).
   */
  private void validarOrden(
      EntradaAntecedente entrada, LocalDate fecha, String documento, List<String> problemas) {
    List<Antecedente> registrados =
        entrada.paso().posteriorA().isEmpty()
            ? List.of()
            : antecedentes.findByConvenio(entrada.convenioId());
    for (PasoAprobacion anterior : entrada.paso().posteriorA()) {
      registrados.stream()
          .filter(
              antecedente ->
                  anterior.tarea().equals(antecedente.paso()) && antecedente.fecha() != null)
          .reduce((primero, ultimo) -> ultimo)
          .filter(antecedente -> fecha.isBefore(antecedente.fecha()))
          .ifPresent(
              antecedente ->
                  problemas.add(
                      "La fecha "
                          + documento
                          + " ("
                          + Fechas.corta(fecha)
                          + ") es anterior a la del "
                          + antecedente.tipo().nombre()
                          + " de "
                          + antecedente.unidad().nombre()
                          + (antecedente.numero() == null ? "" : " N° " + antecedente.numero())
                          + " ("
                          + Fechas.corta(antecedente.fecha())
                          + "), que lo precede."));
    }
  }

  private static AntecedenteInvalidoException numeroTomado(Decreto decreto) {
    return new AntecedenteInvalidoException(
        List.of(
            "El decreto N° "
                + decreto.numero()
                + " de "
                + decreto.fecha().getYear()
                + " ya está registrado en esta municipalidad: use el número siguiente."));
  }
}
