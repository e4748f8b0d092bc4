package cl.conveniosomm.decreto.firma;

import cl.conveniosomm.decreto.DecretoFirmaRepository;
import cl.conveniosomm.decreto.DecretoFirmaRepository.NumeroFirmado;
import cl.conveniosomm.decreto.PasoAprobacion;
import cl.conveniosomm.proceso.Tareas;
import cl.conveniosomm.proceso.ValidadorTarea;
import cl.conveniosomm.system.texto.Fechas;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Where the decreto is signed electronically, its signing tasks complete only once signed: the
 * Alcalde's «Firmo el decreto» needs her signature (and, once she signed, she can no longer return
 * the draft), and the ministro de fe's task needs hers, with the number and date she signed.
 */
@Component
class ValidacionFirma implements ValidadorTarea {

  private static final PasoAprobacion NUMERAR =
      PasoAprobacion.deTarea(Tareas.NUMERAR_DECRETO).orElseThrow();
  private static final String EN_DOCUMENTOS = "en la pestaña «Documentos» de esta tarea";

  private final FirmaElectronica firmaElectronica;
  private final DecretoFirmaRepository registro;

  ValidacionFirma(FirmaElectronica firmaElectronica, DecretoFirmaRepository registro) {
    this.firmaElectronica = firmaElectronica;
    this.registro = registro;
  }

  @Override
  public List<String> problemas(String tarea, String convenio, Map<String, Object> variables) {
    Optional<TurnoDeFirma> turno = TurnoDeFirma.deTarea(tarea);
    Optional<FirmasDecreto> firmas =
        turno.isEmpty() ? Optional.empty() : firmaElectronica.deConvenio(convenio);
    if (firmas.isEmpty()) {
      return List.of();
    }
    boolean firmado = firmas.get().firmado(convenio, turno.get());
    if (turno.get() == TurnoDeFirma.ALCALDE) {
      Object decision = variables.get("firmaAlcalde");
      if ("FIRMADO".equals(decision) && !firmado) {
        return List.of("Firme el decreto " + EN_DOCUMENTOS + " antes de completarla.");
      }
      if ("OBSERVADO".equals(decision) && firmado) {
        return List.of(
            "Ya firmó el decreto electrónicamente: no puede devolver el borrador con"
                + " observaciones.");
      }
      return List.of();
    }
    Optional<NumeroFirmado> numero = registro.numeroFirmado(convenio);
    if (!firmado || numero.isEmpty()) {
      return List.of(
          "Firme el decreto como ministro de fe " + EN_DOCUMENTOS + " antes de completarla.");
    }
    if (!numero.get().numero().equals(texto(variables.get(NUMERAR.variableNumero())))
        || !numero.get().fecha().equals(fecha(variables.get(NUMERAR.variableFecha())))) {
      return List.of(
          "El decreto se firmó con el N° "
              + numero.get().numero()
              + " y la fecha "
              + Fechas.corta(numero.get().fecha())
              + ": use esos mismos datos.");
    }
    return List.of();
  }

  private static String texto(Object valor) {
    return Objects.toString(valor, "").trim();
  }

  private static Object fecha(Object valor) {
    try {
      return Fechas.leer(valor);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
