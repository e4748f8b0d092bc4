package cl.conveniosomm.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * The count behind the login throttle: per user and address, cleared by a success, expiring; and
 * per address across users. Failures at one address never lock the user out at another.
 */
class LoginThrottleTest {

  private Instant now = Instant.parse("2026-11-24T12:00:00Z");
  private final LoginThrottle throttle =
      new LoginThrottle(
          10,
          30,
          Duration.ofMinutes(15),
          new Clock() {
            @Override
            public ZoneOffset getZone() {
              return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
              return this;
            }

            @Override
            public Instant instant() {
              return now;
            }
          });

  @Test
  void locksAUserAtAnAddressAfterTenFailuresUntilTheLockExpires() {
    failTimes("ana", "10.0.0.1", 9);
    assertThat(throttle.lockedFor("ana", "10.0.0.1")).isZero();
    failTimes("ana", "10.0.0.1", 1);

    assertThat(throttle.lockedFor("ana", "10.0.0.1")).isEqualTo(Duration.ofMinutes(15));
    assertThat(throttle.attempt("ana", "10.0.0.1"))
        .as("refused, not checked")
        .isEqualTo(Duration.ofMinutes(15));
    assertThat(throttle.lockedFor("ana", "10.0.0.2")).isZero();
    assertThat(throttle.lockedFor("bea", "10.0.0.1")).isZero();

    now = now.plus(Duration.ofMinutes(14));
    assertThat(throttle.lockedFor("ana", "10.0.0.1")).isEqualTo(Duration.ofMinutes(1));
    now = now.plus(Duration.ofMinutes(1));
    assertThat(throttle.lockedFor("ana", "10.0.0.1")).isZero();
    failTimes("ana", "10.0.0.1", 1);
    assertThat(throttle.failures("ana", "10.0.0.1")).isEqualTo(1);
  }

  @Test
  void anAttackerAtOneAddressNeverLocksTheUserOutAtAnother() {
    failTimes("dideco", "203.0.113.9", 500);

    assertThat(throttle.lockedFor("dideco", "203.0.113.9")).isPositive();
    assertThat(throttle.lockedFor("dideco", "10.0.0.1")).isZero();
    assertThat(throttle.attempt("dideco", "10.0.0.1")).isZero();
  }

  @Test
  void anAddressFailingForManyUsersIsRefusedForEveryUser() {
    for (int user = 0; user < 30; user++) {
      failTimes("usuario-" + user, "203.0.113.9", 1);
    }

    assertThat(throttle.lockedFor("203.0.113.9")).isEqualTo(Duration.ofMinutes(15));
    assertThat(throttle.attempt("otra", "203.0.113.9")).isEqualTo(Duration.ofMinutes(15));
    assertThat(throttle.lockedFor("otra", "10.0.0.1")).isZero();
  }

  @Test
  void anAddressBudgetCountsOnlyWithinTheWindow() {
    for (int user = 0; user < 29; user++) {
      failTimes("usuario-" + user, "203.0.113.9", 1);
    }
    now = now.plus(Duration.ofMinutes(15));
    failTimes("otra", "203.0.113.9", 1);

    assertThat(throttle.lockedFor("203.0.113.9")).isZero();
  }

  @Test
  void aSuccessClearsTheUsersCountButNotTheAddresss() {
    failTimes("ana", "10.0.0.1", 9);
    assertThat(throttle.attempt("ana", "10.0.0.1")).isZero();
    throttle.succeeded("ana", "10.0.0.1");

    assertThat(throttle.failures("ana", "10.0.0.1")).isZero();
    for (int user = 0; user < 21; user++) {
      failTimes("usuario-" + user, "10.0.0.1", 1);
    }
    assertThat(throttle.lockedFor("10.0.0.1"))
        .as("9 + 21 failures, the success not charged")
        .isPositive();
  }

  @Test
  void failuresFurtherApartThanTheLockDoNotAddUp() {
    failTimes("ana", "10.0.0.1", 9);
    now = now.plus(Duration.ofMinutes(16));
    failTimes("ana", "10.0.0.1", 1);

    assertThat(throttle.failures("ana", "10.0.0.1")).isEqualTo(1);
  }

  /** Failed checks: each attempt is counted as failed until it succeeds. */
  private void failTimes(String user, String address, int times) {
    for (int i = 0; i < times; i++) {
      throttle.attempt(user, address);
    }
  }
}
