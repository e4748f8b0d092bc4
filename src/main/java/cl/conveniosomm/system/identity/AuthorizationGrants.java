package cl.conveniosomm.system.identity;

import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.AuthorizationQuery;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.springframework.stereotype.Component;

/**
 * Grants permissions to a group or a user idempotently: running it twice leaves one authorization.
 */
@Component
public class AuthorizationGrants {

  private final AuthorizationService authorizationService;

  public AuthorizationGrants(AuthorizationService authorizationService) {
    this.authorizationService = authorizationService;
  }

  public void grant(
      String groupId, Resource resource, String resourceId, Permission... permissions) {
    grant(
        query -> query.groupIdIn(groupId),
        auth -> auth.setGroupId(groupId),
        resource,
        resourceId,
        permissions);
  }

  public void grantUser(
      String userId, Resource resource, String resourceId, Permission... permissions) {
    grant(
        query -> query.userIdIn(userId),
        auth -> auth.setUserId(userId),
        resource,
        resourceId,
        permissions);
  }

  private void grant(
      UnaryOperator<AuthorizationQuery> whose,
      Consumer<Authorization> owner,
      Resource resource,
      String resourceId,
      Permission... permissions) {
    Authorization authorization =
        whose
            .apply(
                authorizationService
                    .createAuthorizationQuery()
                    .authorizationType(Authorization.AUTH_TYPE_GRANT)
                    .resourceType(resource)
                    .resourceId(resourceId))
            .singleResult();
    if (authorization == null) {
      authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      owner.accept(authorization);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    }
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    authorizationService.saveAuthorization(authorization);
  }
}
