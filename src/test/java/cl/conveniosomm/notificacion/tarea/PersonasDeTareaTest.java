package cl.conveniosomm.notificacion.tarea;

import static org.assertj.core.api.Assertions.assertThat;

import cl.conveniosomm.notificacion.correo.MensajeSaliente;
import cl.conveniosomm.notificacion.correo.OutboxRepository;
import cl.conveniosomm.proceso.Grupos;
import cl.conveniosomm.proceso.Variables;
import cl.conveniosomm.support.DemoApplicationTest;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Who hears of a new SERNAMEG task of a comuna: the analysts of its región's office and whoever is
 * a member of the comuna's tenant, not the analysts of another región.
 */
class PersonasDeTareaTest extends DemoApplicationTest {

  private static final String PROCESO = "prueba-personas-de-tarea";

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired OutboxRepository outbox;

  @Test
  void aSernamegTaskOfAComunaGoesToItsRegionalOfficeAndItsTenantOnly() {
    String sufijo = UUID.randomUUID().toString().substring(0, 6);
    String deCoquimbo = persona("analista-04-" + sufijo, "sernameg-region-04");
    String deSantiago = persona("analista-13-" + sufijo, "sernameg-region-13");
    String delTenant = persona("analista-directa-" + sufijo, null);
    identityService.createTenantUserMembership("04101", delTenant);
    repositoryService
        .createDeployment()
        .addModelInstance(
            PROCESO + ".bpmn",
            Bpmn.createExecutableProcess(PROCESO)
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("Task_Revisar")
                .name("Revisar")
                .camundaCandidateGroups(Grupos.SERNAMEG)
                .endEvent()
                .done())
        .enableDuplicateFiltering(true)
        .deploy();

    String convenio = "04101-personas-" + sufijo;
    runtimeService.startProcessInstanceByKey(
        PROCESO, convenio, Map.of(Variables.COMUNA_CODIGO, "04101", Variables.COMUNA, "La Serena"));

    assertThat(outbox.findByConvenio(convenio))
        .extracting(MensajeSaliente::usuarioId)
        .contains(deCoquimbo, delTenant)
        .doesNotContain(deSantiago)
        .doesNotHaveDuplicates();
  }

  private String persona(String id, String oficina) {
    User user = identityService.newUser(id);
    user.setEmail(id + "@sernameg.gob.cl");
    user.setFirstName("Analista");
    user.setLastName(id);
    identityService.saveUser(user);
    identityService.createMembership(id, Grupos.SERNAMEG);
    if (oficina != null) {
      identityService.createMembership(id, oficina);
    }
    return id;
  }
}
