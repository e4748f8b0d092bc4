package cl.conveniosomm.system.security;

import java.time.Duration;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's own users and passwords, with every password check of an HTTP request counted by the
 * {@link LoginThrottle} where the password is actually checked: whatever way in (webapp login, HTTP
 * Basic on the REST API or the app, {@code /engine-rest/identity/verify}) and however the request
 * spelled the credentials. A check the throttle refuses fails without comparing the password.
 *
 * <p>The engine's own per-user lock is off: it refused the right password for up to a minute after
 * anyone's wrong one, and for ever after {@code loginMaxAttempts} (10), so anyone could lock any
 * user out. The throttle counts per user and address instead.
 */
public class ThrottledIdentityProvider extends DbIdentityServiceProvider {

  private static final Logger LOG = LoggerFactory.getLogger(ThrottledIdentityProvider.class);

  private final LoginThrottle throttle;

  protected ThrottledIdentityProvider(LoginThrottle throttle) {
    this.throttle = throttle;
  }

  @Override
  public boolean checkPassword(String userId, String password) {
    LoginAttempt attempt = LoginAttempt.current();
    UserEntity user = attempt == null || userId == null ? null : findUserById(userId);
    if (user == null) {
      // no request to throttle, or no such user: nothing to guess
      return passwordMatches(userId, password);
    }
    String id = user.getId();
    Duration wait = throttle.attempt(id, attempt.address());
    if (!wait.isZero()) {
      attempt.refused(id, wait);
      return false;
    }
    boolean right = passwordMatches(userId, password);
    if (right) {
      throttle.succeeded(id, attempt.address());
    } else {
      LOG.info(
          "Inicio de sesión fallido: usuario «{}» desde {} ({} seguidos)",
          id,
          attempt.address(),
          throttle.failures(id, attempt.address()));
    }
    return right;
  }

  /** Where the password is compared: the engine's own users here. */
  protected boolean passwordMatches(String userId, String password) {
    return super.checkPassword(userId, password);
  }

  @Override
  protected boolean isUserLocked(UserEntity user) {
    return false;
  }

  @Override
  protected void lockUser(UserEntity user) {
    // the throttle counts failures per user and address; see the class comment
  }
}
