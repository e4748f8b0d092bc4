package cl.conveniosomm.formulario.envio;

import cl.conveniosomm.municipio.Alcance;
import cl.conveniosomm.municipio.AlcanceDelLlamador;
import cl.conveniosomm.system.web.RechazoSolicitud;
import java.lang.reflect.Field;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetTaskPropertyCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AddGroupIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AddUserIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CreateAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.EvaluateStartConditionCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.SaveAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskOwnerCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The one place where what a person asks the engine to write is held to the rules, whatever API,
 * route or spelling brought it (REST, the webapps, Java): it sees the command itself, before it
 * runs. Commands the engine runs for itself or the app (no one authenticated) and commands nested
 * in another one pass.
 *
 * <ul>
 *   <li>Completing a task (complete, submit-form, resolve): the submitted variables must pass the
 *       task's form contract and every feature's rules ({@link ValidacionEnvio}); a problem answers
 *       400 in Spanish and nothing changes.
 *   <li>Variables of tasks, executions and instances (set, remove, modify, local or not): only
 *       administrators, who correct data in Cockpit.
 *   <li>Deleting a task: only administrators; everyone else gets the same answer whether the task
 *       exists, is hers or another municipality's.
 *   <li>BPMN errors and escalations thrown at a task from outside the model (which carry variables
 *       and reroute the convenio): only administrators.
 *   <li>Attachments to tasks (which would skip the PDF inspection of the app's uploads): only
 *       administrators.
 *   <li>Editing a task (name, due date, priority, candidates, owner, delegation): only
 *       administrators. Claiming, assigning to a colleague and giving back stay open to its people.
 * </ul>
 */
final class EscriturasDePersonas extends CommandInterceptor {

  static final String SOLO_FORMULARIO =
      "Las variables de un convenio sólo cambian al completar el formulario de "
          + "una tarea. Para corregir un dato, pida a un administrador que lo haga en Cockpit.";
  static final String SIN_BORRAR =
      "Las tareas de un convenio no se eliminan: se completan. Si una tarea sobra, "
          + "pida a un administrador que corrija el convenio en Cockpit.";

  static final String SOLO_COMPLETAR =
      "Una tarea de un convenio se termina completando su formulario: no admite "
          + "errores ni escalamientos BPMN desde fuera del modelo.";

  static final String SIN_EDITAR =
      "Una tarea de un convenio no se edita ni cambia de grupo o de responsable "
          + "formal: se reclama, se asigna a una colega o se completa. Para corregirla, pida a un administrador.";

  static final String SIN_CONDICIONES =
      "Los convenios no se inician por condiciones: se registran con su "
          + "formulario de registro.";

  static final String SIN_ADJUNTOS =
      "Los documentos de un convenio se suben en «Documentos» "
          + "(/documentos.html), donde se revisan: las tareas no admiten adjuntos.";

  /** Commands only administrators may run, by the Spanish reason everyone else is given. */
  private static final Map<Class<?>, String> SOLO_ADMINISTRADORES = soloAdministradores();

  private final Supplier<IdentityService> identidad;
  private final Supplier<ValidacionEnvio> validacion;
  private final Supplier<TransactionOperations> transaccion;

  EscriturasDePersonas(
      Supplier<IdentityService> identidad,
      Supplier<ValidacionEnvio> validacion,
      Supplier<TransactionOperations> transaccion) {
    this.identidad = identidad;
    this.validacion = validacion;
    this.transaccion = transaccion;
  }

  @Override
  public <T> T execute(Command<T> command) {
    Authentication persona =
        Context.getCommandContext() == null ? identidad.get().getCurrentAuthentication() : null;
    if (persona == null || persona.getUserId() == null) {
      return next.execute(command);
    }
    Alcance alcance = AlcanceDelLlamador.alcance(persona.getGroupIds(), persona.getTenantIds());
    if (command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd) {
      // the checks read in the completion's own transaction: one commit per completion, not one per
      // read
      return transaccion
          .get()
          .execute(
              estado -> {
                revisarEnvio(command, alcance);
                return next.execute(command);
              });
    }
    revisar(command, alcance);
    return next.execute(command);
  }

  private void revisarEnvio(Command<?> command, Alcance alcance) {
    String variables = command instanceof CompleteTaskCmd ? "variables" : "properties";
    revisarEnvio((String) campo(command, "taskId"), (Map<?, ?>) campo(command, variables), alcance);
  }

  private void revisar(Command<?> command, Alcance alcance) {
    if (!alcance.todas()) {
      SOLO_ADMINISTRADORES.entrySet().stream()
          .filter(regla -> regla.getKey().isInstance(command))
          .findFirst()
          .ifPresent(
              regla -> {
                RechazoSolicitud.prohibir(regla.getValue());
                throw new AuthorizationException(regla.getValue());
              });
    }
  }

  private void revisarEnvio(String taskId, Map<?, ?> variables, Alcance alcance) {
    List<String> problemas = validacion.get().problemas(taskId, valores(variables), alcance);
    if (!problemas.isEmpty()) {
      // the REST API wraps a refused completion as a 500: RespuestasMotorFilter answers 400 with
      // this
      RechazoSolicitud.registrar(String.join(" ", problemas));
      throw new BadUserRequestException(String.join(" ", problemas));
    }
  }

  private static Map<Class<?>, String> soloAdministradores() {
    Map<Class<?>, String> reglas = new LinkedHashMap<>();
    reglas.put(AbstractVariableCmd.class, SOLO_FORMULARIO);
    reglas.put(AbstractPatchVariablesCmd.class, SOLO_FORMULARIO);
    reglas.put(DeleteTaskCmd.class, SIN_BORRAR);
    reglas.put(HandleTaskBpmnErrorCmd.class, SOLO_COMPLETAR);
    reglas.put(HandleTaskEscalationCmd.class, SOLO_COMPLETAR);
    reglas.put(SaveTaskCmd.class, SIN_EDITAR);
    reglas.put(AbstractSetTaskPropertyCmd.class, SIN_EDITAR);
    reglas.put(AddGroupIdentityLinkCmd.class, SIN_EDITAR);
    reglas.put(AddUserIdentityLinkCmd.class, SIN_EDITAR);
    reglas.put(SetTaskOwnerCmd.class, SIN_EDITAR);
    reglas.put(DeleteIdentityLinkCmd.class, SIN_EDITAR);
    reglas.put(DelegateTaskCmd.class, SIN_EDITAR);
    reglas.put(EvaluateStartConditionCmd.class, SIN_CONDICIONES);
    reglas.put(CreateAttachmentCmd.class, SIN_ADJUNTOS);
    reglas.put(SaveAttachmentCmd.class, SIN_ADJUNTOS);
    reglas.put(DeleteAttachmentCmd.class, SIN_ADJUNTOS);
    return Map.copyOf(reglas);
  }

  /** The submitted values as the form contract reads them: plain values, JSON as its text. */
  private static Map<String, Object> valores(Map<?, ?> variables) {
    Map<String, Object> valores = new LinkedHashMap<>();
    if (variables != null) {
      variables.forEach((nombre, valor) -> valores.put(String.valueOf(nombre), valor(valor)));
    }
    return valores;
  }

  private static Object valor(Object valor) {
    if (valor instanceof SerializableValue serializable && !serializable.isDeserialized()) {
      return serializable.getValueSerialized();
    }
    Object simple = valor instanceof TypedValue tipado ? tipado.getValue() : valor;
    return simple instanceof SpinJsonNode json ? json.toString() : simple;
  }

  /**
   * A field of an engine command. Should a Camunda upgrade rename it, the command is refused rather
   * than run unchecked.
   */
  private static Object campo(Object command, String nombre) {
    for (Class<?> clase = command.getClass(); clase != null; clase = clase.getSuperclass()) {
      try {
        Field field = clase.getDeclaredField(nombre);
        field.setAccessible(true);
        return field.get(command);
      } catch (NoSuchFieldException otraClase) {
        // declared further up
      } catch (IllegalAccessException | RuntimeException inaccesible) {
        break;
      }
    }
    throw new AuthorizationException(
        "Esta versión del motor no permite revisar la operación "
            + command.getClass().getSimpleName()
            + ": se rechaza por seguridad.");
  }
}
