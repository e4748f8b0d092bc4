package cl.conveniosomm.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The count behind the login throttle: per user and address, cleared by a success, expiring. */
class LoginThrottleTest {

  private Instant now = Instant.parse("2026-11-24T12:00:00Z");
  private final LoginThrottle throttle = new LoginThrottle(10, Duration.ofMinutes(15), new Clock() {
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
    throttle.failed("ana", "10.0.0.1");

    assertThat(throttle.lockedFor("ana", "10.0.0.1")).isEqualTo(Duration.ofMinutes(15));
    assertThat(throttle.lockedFor("ana", "10.0.0.2")).isZero();
    assertThat(throttle.lockedFor("bea", "10.0.0.1")).isZero();

    now = now.plus(Duration.ofMinutes(14));
    assertThat(throttle.lockedFor("ana", "10.0.0.1")).isEqualTo(Duration.ofMinutes(1));
    now = now.plus(Duration.ofMinutes(1));
    assertThat(throttle.lockedFor("ana", "10.0.0.1")).isZero();
    assertThat(throttle.failed("ana", "10.0.0.1")).isEqualTo(1);
  }

  @Test
  void aSuccessClearsTheCount() {
    failTimes("ana", "10.0.0.1", 9);
    throttle.succeeded("ana", "10.0.0.1");

    assertThat(throttle.failed("ana", "10.0.0.1")).isEqualTo(1);
  }

  @Test
  void failuresFurtherApartThanTheLockDoNotAddUp() {
    failTimes("ana", "10.0.0.1", 9);
    now = now.plus(Duration.ofMinutes(16));

    assertThat(throttle.failed("ana", "10.0.0.1")).isEqualTo(1);
  }

  private void failTimes(String user, String address, int times) {
    for (int i = 0; i < times; i++) {
      throttle.failed(user, address);
    }
  }
}
