package cl.conveniosomm.notificacion.tarea;

import cl.conveniosomm.notificacion.EnlacesTasklist;
import cl.conveniosomm.notificacion.correo.MensajeNuevo;
import cl.conveniosomm.notificacion.correo.Outbox;
import cl.conveniosomm.notificacion.plantilla.CorreoRenderizado;
import cl.conveniosomm.notificacion.plantilla.DatosTarea;
import cl.conveniosomm.notificacion.plantilla.PlantillasCorreo;
import cl.conveniosomm.proceso.Variables;
import cl.conveniosomm.system.engine.Reloj;
import cl.conveniosomm.system.texto.DireccionCorreo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells people about their tasks: when a task is created for their group, or assigned to them by
 * someone else. The messages go to the outbox in the transaction that created the task. Receives
 * the engine's task events through Camunda's Spring eventing.
 */
@Component
public class NotificadorTareas {

  private final IdentityService identityService;
  private final PersonasDeTarea personas;
  private final PlantillasCorreo plantillas;
  private final Outbox outbox;
  private final PreferenciasNotificacion preferencias;
  private final ObjectMapper json;
  private final EnlacesTasklist enlaces;

  public NotificadorTareas(
      IdentityService identityService,
      PersonasDeTarea personas,
      PlantillasCorreo plantillas,
      Outbox outbox,
      PreferenciasNotificacion preferencias,
      ObjectMapper json,
      EnlacesTasklist enlaces) {
    this.identityService = identityService;
    this.personas = personas;
    this.plantillas = plantillas;
    this.outbox = outbox;
    this.preferencias = preferencias;
    this.json = json;
    this.enlaces = enlaces;
  }

  /**
   * One listener and a switch: a SpEL condition per method would be evaluated on every task event.
   */
  @EventListener
  public void alEvento(DelegateTask task) {
    if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
      alCrear(task);
    } else if (TaskListener.EVENTNAME_ASSIGNMENT.equals(task.getEventName())) {
      alAsignar(task);
    }
  }

  void alCrear(DelegateTask task) {
    if (task.getAssignee() != null) {
      return; // the assignment event that came with it tells the assignee
    }
    // rendered once per group the candidates come through (the notice names the group, not the
    // person), and only for a group someone with an address hears from
    Map<String, Aviso> porGrupo = new HashMap<>();
    personas.candidatos(task).values().stream()
        .filter(candidato -> DireccionCorreo.esValida(candidato.usuario().getEmail()))
        .forEach(
            candidato ->
                avisar(
                    task,
                    candidato.usuario(),
                    "creada",
                    porGrupo.computeIfAbsent(candidato.grupo(), grupo -> aviso(task, grupo))));
  }

  void alAsignar(DelegateTask task) {
    String asignada = task.getAssignee();
    Authentication actual = identityService.getCurrentAuthentication();
    if (asignada != null && (actual == null || !asignada.equals(actual.getUserId()))) {
      User user = personas.usuario(asignada);
      if (user != null && DireccionCorreo.esValida(user.getEmail())) {
        avisar(task, user, "asignada", aviso(task, null));
      }
    }
  }

  private record Aviso(DatosTarea datos, CorreoRenderizado correo) {}

  private Aviso aviso(DelegateTask task, String grupo) {
    DatosTarea datos = datos(task, grupo);
    return new Aviso(datos, plantillas.tareaNueva(datos));
  }

  private void avisar(DelegateTask task, User user, String evento, Aviso aviso) {
    boolean retener = preferencias.de(user.getId()) == PreferenciaNotificacion.RESUMEN_DIARIO;
    outbox.encolar(
        new MensajeNuevo(
            "tarea/" + task.getId() + "/" + evento + "/" + user.getId(),
            aviso.datos().convenioId(),
            user.getId(),
            user.getEmail(),
            aviso.correo(),
            retener,
            retener ? aJson(aviso.datos()) : null));
  }

  private DatosTarea datos(DelegateTask task, String grupo) {
    String businessKey =
        task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
    Object comuna = task.getVariable(Variables.COMUNA);
    LocalDate vence =
        task.getDueDate() == null
            ? null
            : LocalDate.ofInstant(task.getDueDate().toInstant(), Reloj.ZONA);
    return new DatosTarea(
        task.getId(),
        task.getName() == null ? task.getTaskDefinitionKey() : task.getName(),
        businessKey == null ? task.getProcessInstanceId() : businessKey,
        comuna == null ? "(comuna no registrada)" : comuna.toString(),
        vence,
        grupo,
        grupo == null,
        enlaces.tarea(task.getId()));
  }

  private String aJson(DatosTarea datos) {
    try {
      return json.writeValueAsString(datos);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
