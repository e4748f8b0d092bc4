package cl.conveniosomm.demo;

import cl.conveniosomm.proceso.Grupos;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * One role-based demo user per group, password "demo". Only in the demo profile: production never
 * has a user it did not onboard.
 */
@Component
@Profile("demo")
public class DemoUsers {

  private static final Logger LOG = LoggerFactory.getLogger(DemoUsers.class);
  static final String PASSWORD = "demo";

  /** user id → group id. */
  static final Map<String, String> USERS = new LinkedHashMap<>();

  static {
    USERS.put("alcalde", Grupos.ALCALDIA);
    USERS.put("juridica", Grupos.ASESORIA_JURIDICA);
    USERS.put("dideco", Grupos.DIDECO);
    USERS.put("omm", Grupos.OMM);
    USERS.put("secretaria", Grupos.SECRETARIA_MUNICIPAL);
    USERS.put("daf", Grupos.DAF);
    USERS.put("sernameg", Grupos.SERNAMEG);
  }

  private final IdentityService identityService;
  private final String baseUrl;

  public DemoUsers(IdentityService identityService, @Value("${omm.public-url}") String baseUrl) {
    this.identityService = identityService;
    this.baseUrl = baseUrl;
  }

  @Order(1)
  @EventListener(ApplicationReadyEvent.class)
  public void ensure() {
    USERS.forEach(this::ensureUser);
    LOG.info("""

        ================================================================
         Convenios OMM (demo) listo en {}/camunda/app/
           Tasklist: {}/camunda/app/tasklist/
           Cockpit:  {}/camunda/app/cockpit/
           Admin:    {}/camunda/app/admin/
           REST:     {}/engine-rest/
         Usuarios demo (contraseña "demo"): admin, {}
        ================================================================""",
        baseUrl, baseUrl, baseUrl, baseUrl, baseUrl, String.join(", ", USERS.keySet()));
  }

  private void ensureUser(String userId, String groupId) {
    if (identityService.createUserQuery().userId(userId).count() == 0) {
      User user = identityService.newUser(userId);
      user.setFirstName(userId.substring(0, 1).toUpperCase() + userId.substring(1));
      user.setLastName("(demo)");
      user.setEmail(userId + "@demo.convenios-omm.cl");
      user.setPassword(PASSWORD);
      identityService.saveUser(user);
    }
    if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
      identityService.createMembership(userId, groupId);
    }
  }
}
