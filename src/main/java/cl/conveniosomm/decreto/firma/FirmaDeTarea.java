package cl.conveniosomm.decreto.firma;

import cl.conveniosomm.convenio.ConvenioRepository;
import cl.conveniosomm.decreto.CodigoVerificacion;
import cl.conveniosomm.decreto.DecretoFirmaRepository;
import cl.conveniosomm.decreto.DecretoFirmaRepository.NumeroFirmado;
import cl.conveniosomm.decreto.PasoAprobacion;
import cl.conveniosomm.decreto.ValidacionPasos;
import cl.conveniosomm.decreto.borrador.BorradorDecreto;
import cl.conveniosomm.decreto.borrador.BorradorDecretoService;
import cl.conveniosomm.decreto.borrador.DocumentoDecreto;
import cl.conveniosomm.municipio.TareasAbiertas;
import cl.conveniosomm.proceso.Tareas;
import cl.conveniosomm.system.texto.Fechas;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.ResponseStatusException;

/**
 * Signing the decreto from the approval's task: the Alcalde in «Firmar decreto», the Secretario/a
 * Municipal as ministro de fe in «Numerar y autorizar decreto», who gives it its number and date as
 * she signs. Only the person who may work on the task signs; the one-time code goes to the signer
 * and nowhere else.
 */
@Service
public class FirmaDeTarea {

  /** A one-time code as FirmaGob's app shows it; anything else never reaches the platform. */
  private static final Pattern CODIGO = Pattern.compile("[0-9A-Za-z]{4,12}");

  private static final PasoAprobacion NUMERAR =
      PasoAprobacion.deTarea(Tareas.NUMERAR_DECRETO).orElseThrow();

  private final FirmaElectronica firmaElectronica;
  private final TareasAbiertas tareas;
  private final TaskService taskService;
  private final ConvenioRepository convenios;
  private final BorradorDecretoService borradores;
  private final DocumentoDecreto documento;
  private final ValidacionPasos validacion;
  private final DecretoFirmaRepository registro;
  private final TransactionTemplate transaccion;

  public FirmaDeTarea(
      FirmaElectronica firmaElectronica,
      TareasAbiertas tareas,
      TaskService taskService,
      ConvenioRepository convenios,
      BorradorDecretoService borradores,
      DocumentoDecreto documento,
      ValidacionPasos validacion,
      DecretoFirmaRepository registro,
      TransactionTemplate transaccion) {
    this.firmaElectronica = firmaElectronica;
    this.tareas = tareas;
    this.taskService = taskService;
    this.convenios = convenios;
    this.borradores = borradores;
    this.documento = documento;
    this.validacion = validacion;
    this.registro = registro;
    this.transaccion = transaccion;
  }

  /** What the task's signature asks for, and whether it is done. */
  public record Estado(
      TurnoDeFirma turno,
      boolean pideCodigo,
      boolean pideNumero,
      boolean firmada,
      String numero,
      String fecha) {}

  /** What the signer sends: her one-time code (FirmaGob), and the number and date (ministro). */
  public record Solicitud(String codigo, String numero, String fecha) {}

  public Estado estado(Authentication usuario, String taskId) {
    Contexto contexto = contexto(usuario, taskId);
    return estado(contexto);
  }

  /**
   * Signs the decreto in the task's turn; a turn already signed is not signed again.
   *
   * @throws FirmaRechazadaException in Spanish, with nothing stored
   */
  public Estado firmar(Authentication usuario, String taskId, Solicitud solicitud) {
    Contexto contexto = contexto(usuario, taskId);
    boolean ministro = contexto.turno() == TurnoDeFirma.MINISTRO_DE_FE;
    String codigo = solicitud == null ? null : solicitud.codigo();
    if (contexto.firmas().pideCodigo() && (codigo == null || !CODIGO.matcher(codigo).matches())) {
      throw new FirmaRechazadaException(
          "Escriba el código de un solo uso que le muestra su aplicación de FirmaGob (solo letras y"
              + " números, hasta 12): no se firmó nada.");
    }
    NumeroFirmado numero = ministro ? numeroValido(contexto, solicitud) : null;
    contexto
        .firmas()
        .enExclusiva(
            contexto.convenio(),
            () -> firmarEnTransaccion(contexto, taskId, codigo, numero, usuario.getName()));
    return estado(contexto);
  }

  private void firmarEnTransaccion(
      Contexto contexto, String taskId, String codigo, NumeroFirmado numero, String usuario) {
    boolean ministro = numero != null;
    transaccion.executeWithoutResult(
        estado -> {
          // the row lock makes a second node wait; FirmasDecreto then finds the turn signed
          registro.bloquear(contexto.convenio());
          if (ministro && registro.numeroFirmado(contexto.convenio()).isPresent()) {
            return;
          }
          BorradorDecreto borrador = borradores.redactar(contexto.convenio(), contexto.comuna());
          contexto
              .firmas()
              .firmar(
                  contexto.convenio(),
                  contexto.turno(),
                  codigo,
                  bloque(contexto.turno(), borrador, numero),
                  () -> documento.pdf(borrador),
                  usuario);
          if (ministro) {
            registro.registrarNumero(contexto.convenio(), numero);
            taskService.setVariables(
                taskId,
                Map.of(
                    NUMERAR.variableNumero(), numero.numero(),
                    NUMERAR.variableFecha(), Fechas.corta(numero.fecha())));
          }
        });
  }

  private record Contexto(
      TurnoDeFirma turno, FirmasDecreto firmas, String taskId, String convenio, String comuna) {}

  private Contexto contexto(Authentication usuario, String taskId) {
    Task task =
        tareas
            .una(usuario, taskId)
            .orElseThrow(
                () ->
                    new ResponseStatusException(
                        HttpStatus.NOT_FOUND,
                        "La tarea no existe, ya se completó o no es suya ni de su grupo."));
    TurnoDeFirma turno =
        TurnoDeFirma.deTarea(task.getTaskDefinitionKey())
            .orElseThrow(
                () ->
                    new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "Esta tarea no lleva firma electrónica."));
    String convenio = tareas.convenio(task);
    String comuna =
        convenios
            .comunaCodigo(convenio)
            .orElseThrow(
                () ->
                    new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "La tarea no pertenece a un convenio."));
    FirmasDecreto firmasDecreto =
        firmaElectronica
            .deComuna(comuna)
            .orElseThrow(
                () ->
                    new ResponseStatusException(
                        HttpStatus.NOT_FOUND,
                        "La municipalidad no usa firma electrónica: el decreto firmado a mano se"
                            + " sube en «Documentos»."));
    return new Contexto(turno, firmasDecreto, taskId, convenio, comuna);
  }

  private Estado estado(Contexto contexto) {
    boolean ministro = contexto.turno() == TurnoDeFirma.MINISTRO_DE_FE;
    var numero =
        ministro ? registro.numeroFirmado(contexto.convenio()) : Optional.<NumeroFirmado>empty();
    return new Estado(
        contexto.turno(),
        contexto.firmas().pideCodigo(),
        ministro,
        contexto.firmas().firmado(contexto.convenio(), contexto.turno()),
        numero.map(NumeroFirmado::numero).orElse(null),
        numero.map(n -> Fechas.corta(n.fecha())).orElse(null));
  }

  /** The number and date the ministro de fe gives the decreto, checked as the task checks them. */
  private NumeroFirmado numeroValido(Contexto contexto, Solicitud solicitud) {
    String numero = solicitud == null ? null : solicitud.numero();
    String fecha = solicitud == null ? null : solicitud.fecha();
    Map<String, Object> variables = new HashMap<>(taskService.getVariables(contexto.taskId()));
    variables.put(NUMERAR.variableNumero(), numero);
    variables.put(NUMERAR.variableFecha(), fecha);
    try {
      List<String> problemas =
          validacion.problemas(Tareas.NUMERAR_DECRETO, contexto.convenio(), variables);
      if (!problemas.isEmpty()) {
        throw new FirmaRechazadaException(String.join(" ", problemas) + " No se firmó nada.");
      }
      return new NumeroFirmado(numero.trim(), Fechas.leer(fecha));
    } catch (DateTimeParseException e) {
      throw new FirmaRechazadaException(e.getMessage() + " No se firmó nada.", e);
    }
  }

  static BloqueFirma bloque(TurnoDeFirma turno, BorradorDecreto borrador, NumeroFirmado numero) {
    String codigo = CodigoVerificacion.impreso(borrador.codigoVerificacion());
    // the draft lists the ministro de fe first and the Alcalde second, as the act prints them
    if (turno == TurnoDeFirma.ALCALDE) {
      BorradorDecreto.Firma alcalde = borrador.firmas().get(1);
      return new BloqueFirma(
          1,
          alcalde.nombre(),
          alcalde.cargo(),
          "Decreto alcaldicio, antes de su numeración",
          codigo);
    }
    BorradorDecreto.Firma secretario = borrador.firmas().get(0);
    return new BloqueFirma(
        2,
        secretario.nombre(),
        secretario.cargo() + ", ministro de fe",
        "Decreto N° " + numero.numero() + " de " + Fechas.corta(numero.fecha()),
        codigo);
  }
}
