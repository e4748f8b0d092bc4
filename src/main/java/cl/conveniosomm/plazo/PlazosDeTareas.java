package cl.conveniosomm.plazo;

import cl.conveniosomm.notificacion.EnlacesTasklist;
import cl.conveniosomm.notificacion.tarea.PersonasDeTarea;
import cl.conveniosomm.proceso.Grupos;
import cl.conveniosomm.proceso.Variables;
import cl.conveniosomm.system.engine.Reloj;
import cl.conveniosomm.system.texto.Textos;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every user task of a convenio that has a due date is an obligation: it gets a plazo (and so the
 * reminder ladder) when created, met when completed, cancelled when deleted (e.g. its process
 * ended).
 */
@Component
public class PlazosDeTareas {

  private final PlazoService plazos;
  private final PersonasDeTarea personas;
  private final EnlacesTasklist enlaces;
  private final QuienActua quienActua;

  public PlazosDeTareas(
      PlazoService plazos,
      PersonasDeTarea personas,
      EnlacesTasklist enlaces,
      QuienActua quienActua) {
    this.plazos = plazos;
    this.personas = personas;
    this.enlaces = enlaces;
    this.quienActua = quienActua;
  }

  /**
   * One listener and a switch: a SpEL condition per method would be evaluated on every task event.
   */
  @EventListener
  public void alEvento(DelegateTask task) {
    switch (task.getEventName()) {
      case TaskListener.EVENTNAME_CREATE -> alCrear(task);
      case TaskListener.EVENTNAME_COMPLETE -> alCompletar(task);
      case TaskListener.EVENTNAME_DELETE -> alEliminar(task);
      default -> {
        // assignments and updates move no deadline
      }
    }
  }

  void alCrear(DelegateTask task) {
    String convenio = convenio(task);
    if (task.getDueDate() == null || convenio == null) {
      return;
    }
    List<String> escalamiento =
        new ArrayList<>(personas.correosDeGrupo(Grupos.ALCALDIA, task.getTenantId()));
    texto(task.getVariable(Variables.DIRECTOR_DIDECO_EMAIL)).ifPresent(escalamiento::add);
    String comuna = texto(task.getVariable(Variables.COMUNA_CODIGO)).orElse(null);
    plazos.abrir(
        new NuevoPlazo(
            convenio,
            obligacion(task),
            task.getName(),
            comuna,
            texto(task.getVariable(Variables.COMUNA)).orElse("(comuna no registrada)"),
            quienActua.comunaDelCalendario(grupos(task), comuna),
            LocalDate.ofInstant(task.getDueDate().toInstant(), Reloj.ZONA),
            personas.correos(task),
            escalamiento,
            texto(task.getVariable(Variables.CONTRAPARTE_EMAIL)).map(List::of).orElse(List.of()),
            enlaces.tarea(task.getId()),
            CategoriaPlazo.deProceso(task.getProcessDefinitionId())));
  }

  void alCompletar(DelegateTask task) {
    if (convenio(task) != null) {
      plazos.cumplir(convenio(task), obligacion(task));
    }
  }

  void alEliminar(DelegateTask task) {
    if (convenio(task) != null) {
      plazos.cancelar(convenio(task), obligacion(task));
    }
  }

  /**
   * The task's candidate groups: who must act, and so whose calendar its due date was counted in.
   */
  private static List<String> grupos(DelegateTask task) {
    return task.getCandidates().stream()
        .map(IdentityLink::getGroupId)
        .filter(Objects::nonNull)
        .toList();
  }

  private static String obligacion(DelegateTask task) {
    return "tarea-" + task.getId();
  }

  private static String convenio(DelegateTask task) {
    return task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
  }

  private static Optional<String> texto(Object valor) {
    return Optional.of(Textos.de(valor)).filter(texto -> !texto.isEmpty());
  }
}
