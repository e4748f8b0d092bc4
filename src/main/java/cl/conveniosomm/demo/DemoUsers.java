package cl.conveniosomm.demo;

import cl.conveniosomm.municipio.Municipios;
import cl.conveniosomm.proceso.Grupos;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
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

  /**
   * user id → group ids. The municipal users are La Serena's and Coquimbo's (their tenants come
   * from the demo's municipality file); {@code sernameg} is the Coquimbo regional office, {@code
   * nacional} the national one.
   */
  static final Map<String, List<String>> USERS = new LinkedHashMap<>();

  static {
    USERS.put("alcalde", List.of(Grupos.ALCALDIA));
    USERS.put("juridica", List.of(Grupos.ASESORIA_JURIDICA));
    USERS.put("dideco", List.of(Grupos.DIDECO));
    USERS.put("omm", List.of(Grupos.OMM));
    USERS.put("secretaria", List.of(Grupos.SECRETARIA_MUNICIPAL));
    USERS.put("daf", List.of(Grupos.DAF));
    USERS.put("sernameg", List.of(Grupos.SERNAMEG, Municipios.grupoRegional("04")));
    USERS.put("nacional", List.of(Municipios.SERNAMEG_NACIONAL));
    USERS.put("dideco-coquimbo", List.of(Grupos.DIDECO));
    USERS.put("omm-coquimbo", List.of(Grupos.OMM));
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
    LOG.info(
        """

        ================================================================
         Convenios OMM (demo) listo en {}/camunda/app/
           Tasklist: {}/camunda/app/tasklist/
           Cockpit:  {}/camunda/app/cockpit/
           Admin:    {}/camunda/app/admin/
           REST:     {}/engine-rest/
         Usuarios demo (contraseña "demo"): admin, {}
        ================================================================""",
        baseUrl,
        baseUrl,
        baseUrl,
        baseUrl,
        baseUrl,
        String.join(", ", USERS.keySet()));
  }

  private void ensureUser(String userId, List<String> groupIds) {
    if (identityService.createUserQuery().userId(userId).count() == 0) {
      User user = identityService.newUser(userId);
      user.setFirstName(userId.substring(0, 1).toUpperCase() + userId.substring(1));
      user.setLastName("(demo)");
      user.setEmail(userId + "@demo.convenios-omm.cl");
      user.setPassword(PASSWORD);
      // "demo" breaks the password policy on purpose: only the demo's own users may have it
      ((IdentityServiceImpl) identityService).saveUser(user, true);
    }
    for (String groupId : groupIds) {
      if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
        identityService.createMembership(userId, groupId);
      }
    }
  }
}
