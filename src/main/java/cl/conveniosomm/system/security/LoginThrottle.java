package cl.conveniosomm.system.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed logins per user and client address. After {@code maxFailures} failures in a row the
 * pair is refused until {@code lock} has passed since the last one; a success clears the count.
 * Per node and in memory: a restart or another node starts from zero, which only slows an attacker
 * down less; the engine's own growing login delay per user stays in force behind it.
 */
public class LoginThrottle {

  /** Beyond this many tracked pairs, expired ones are dropped before a new one is added. */
  private static final int CLEANUP_THRESHOLD = 10_000;

  private final int maxFailures;
  private final Duration lock;
  private final Clock clock;
  private final Map<String, Failures> failures = new ConcurrentHashMap<>();

  private record Failures(int count, Instant last) {
  }

  public LoginThrottle(int maxFailures, Duration lock, Clock clock) {
    this.maxFailures = maxFailures;
    this.lock = lock;
    this.clock = clock;
  }

  /** How long this user must still wait from this address; zero when she may try. */
  public Duration lockedFor(String user, String address) {
    Failures current = failures.get(key(user, address));
    if (current == null || current.count() < maxFailures) {
      return Duration.ZERO;
    }
    Duration left = Duration.between(clock.instant(), current.last().plus(lock));
    return left.isNegative() ? Duration.ZERO : left;
  }

  /** Counts a failure; returns how many in a row this pair has now. */
  public int failed(String user, String address) {
    Instant now = clock.instant();
    if (failures.size() > CLEANUP_THRESHOLD) {
      failures.values().removeIf(f -> !now.isBefore(f.last().plus(lock)));
    }
    return failures.merge(key(user, address), new Failures(1, now),
        (old, one) -> !now.isBefore(old.last().plus(lock)) ? one : new Failures(old.count() + 1, now)).count();
  }

  public void succeeded(String user, String address) {
    failures.remove(key(user, address));
  }

  public Duration lock() {
    return lock;
  }

  private static String key(String user, String address) {
    return user + "\u0000" + address;
  }
}
