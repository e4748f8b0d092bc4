package cl.conveniosomm.system.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Counts password checks that failed, per user and client address and per client address alone.
 *
 * <ul>
 *   <li>A user who failed {@code maxFailures} times in a row from one address is refused from that
 *       address until {@code lock} has passed since the last failure; a success clears her count.
 *       Failures elsewhere do not count: an attacker cannot lock her out from his own address.
 *   <li>An address whose checks failed {@code maxFailuresPerAddress} times within {@code lock},
 *       whatever the users, is refused for every user until {@code lock} has passed since the last
 *       failure: guessing across many users from one place is slowed too.
 * </ul>
 *
 * An attempt is counted as failed before the password is checked ({@link #attempt}) and uncounted
 * when it turns out right, so parallel requests cannot slip past the limit. Per node and in memory:
 * a restart or another node starts from zero, which only slows an attacker down less.
 */
public class LoginThrottle {

  /** Beyond this many tracked entries, expired ones are dropped before a new one is added. */
  private static final int CLEANUP_THRESHOLD = 10_000;

  private final int maxFailures;
  private final int maxFailuresPerAddress;
  private final Duration lock;
  private final Clock clock;
  private final Map<String, Failures> failures = new HashMap<>();

  /** {@code count} failures since {@code since} (the window's start), the last at {@code last}. */
  private record Failures(int count, Instant since, Instant last) {}

  public LoginThrottle(int maxFailures, int maxFailuresPerAddress, Duration lock, Clock clock) {
    this.maxFailures = maxFailures;
    this.maxFailuresPerAddress = maxFailuresPerAddress;
    this.lock = lock;
    this.clock = clock;
  }

  /**
   * How long this user must still wait from this address (her own count or the address's); zero
   * when she may try.
   */
  public synchronized Duration lockedFor(String user, String address) {
    Duration ownWait = wait(failures.get(pair(user, address)), maxFailures);
    Duration addressWait = lockedFor(address);
    return ownWait.compareTo(addressWait) > 0 ? ownWait : addressWait;
  }

  /** How long every login from this address must still wait; zero when it may try. */
  public synchronized Duration lockedFor(String address) {
    return wait(failures.get(address(address)), maxFailuresPerAddress);
  }

  /**
   * A password check is about to happen: zero and counted as a failure until {@link #succeeded}, or
   * how long the user must still wait from this address, not counted.
   */
  public synchronized Duration attempt(String user, String address) {
    Duration wait = lockedFor(user, address);
    if (!wait.isZero()) {
      return wait;
    }
    Instant now = clock.instant();
    if (failures.size() > CLEANUP_THRESHOLD) {
      failures
          .values()
          .removeIf(f -> !now.isBefore(f.last().plus(lock)) && !now.isBefore(f.since().plus(lock)));
    }
    failures.compute(pair(user, address), (key, old) -> counted(old, now));
    failures.compute(address(address), (key, old) -> counted(old, now));
    return Duration.ZERO;
  }

  /** How many failures in a row this user has from this address. */
  public synchronized int failures(String user, String address) {
    Failures current = failures.get(pair(user, address));
    return current == null ? 0 : current.count();
  }

  /**
   * The password was right: the user's count from this address is cleared, the address's is not
   * charged.
   */
  public synchronized void succeeded(String user, String address) {
    failures.remove(pair(user, address));
    failures.computeIfPresent(
        address(address),
        (key, old) ->
            old.count() <= 1 ? null : new Failures(old.count() - 1, old.since(), old.last()));
  }

  /** Forgets every count (tests, or an administrator after an incident). */
  public synchronized void clear() {
    failures.clear();
  }

  public Duration lock() {
    return lock;
  }

  private Failures counted(Failures old, Instant now) {
    if (old == null || !now.isBefore(old.since().plus(lock))) {
      return new Failures(1, now, now);
    }
    return new Failures(old.count() + 1, old.since(), now);
  }

  private Duration wait(Failures current, int max) {
    if (current == null || current.count() < max) {
      return Duration.ZERO;
    }
    Duration left = Duration.between(clock.instant(), current.last().plus(lock));
    return left.isNegative() ? Duration.ZERO : left;
  }

  private static String pair(String user, String address) {
    return "u\u0000" + user + "\u0000" + address;
  }

  private static String address(String address) {
    return "a\u0000" + address;
  }
}
