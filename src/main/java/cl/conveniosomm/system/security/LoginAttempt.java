package cl.conveniosomm.system.security;

import java.time.Duration;

/**
 * The HTTP request this thread serves, as the engine's password check sees it: from which client
 * address, and whether the throttle refused a check (for whom, for how long). Bound by {@link
 * LoginThrottleFilter} around every request; absent when the engine checks a password outside a
 * request.
 */
final class LoginAttempt {

  private static final ThreadLocal<LoginAttempt> CURRENT = new ThreadLocal<>();

  private final String address;
  private String refusedUser;
  private Duration refusedFor = Duration.ZERO;

  private LoginAttempt(String address) {
    this.address = address;
  }

  static LoginAttempt current() {
    return CURRENT.get();
  }

  static LoginAttempt begin(String address) {
    LoginAttempt attempt = new LoginAttempt(address);
    CURRENT.set(attempt);
    return attempt;
  }

  void end() {
    CURRENT.remove();
  }

  String address() {
    return address;
  }

  void refused(String user, Duration wait) {
    refusedUser = user;
    refusedFor = wait;
  }

  boolean wasRefused() {
    return !refusedFor.isZero();
  }

  String refusedUser() {
    return refusedUser;
  }

  Duration refusedFor() {
    return refusedFor;
  }
}
