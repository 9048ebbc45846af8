package io.github.clumiojava.internal;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.Registry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Creates a client's Retry and CircuitBreaker, in the application's registries when it gave them,
 * and never lets a client run with a policy it did not ask for.
 *
 * <p>Resilience4j's {@code registry.retry(name, config)} returns the instance already registered
 * under the name and ignores {@code config}. So this class looks first: when the registry holds
 * no instance of the client's name, the client's is created there; when it holds one that a
 * client of this library created for the same policy, it is shared (clients of the same name
 * and settings share, as the README promises); any other instance is refused with an {@link
 * IllegalArgumentException} naming the registry kind, the instance name and why. The same
 * policy is: the library's retry policy with the same {@code maxAttempts}; the library's circuit
 * breaker with an equal clock; or the same application configuration object, by identity.
 *
 * <p>Which instances this library created, and for which policy, is kept here in a table with
 * weak keys, rather than in a Resilience4j tag on each instance: Resilience4j's Micrometer
 * binding turns instance tags into metric tags, and a Prometheus registry keeps only one set of
 * tag keys per metric name, so a tag of ours would hide either the client's metrics or the
 * application's other instances' metrics. The table is per class loader: an instance created by
 * another copy of the library counts as foreign, and is refused rather than shared.
 *
 * <p>Thread-safe: look-up, creation and recording run under one lock, so two clients built at
 * once either share or one of them is refused, and a refused client adds nothing to either
 * registry.
 *
 * <p>Not API: part of the library's implementation, which may change in any release.
 */
public final class ResilienceInstances {
  private static final Object LOCK = new Object();

  /** Instances this library created in an application's registry, and the policy of each. */
  private static final Map<Object, Policy> CREATED = new WeakHashMap<>(); // guarded by LOCK

  private final Retry retry;
  private final CircuitBreaker circuitBreaker;

  private ResilienceInstances(Retry retry, CircuitBreaker circuitBreaker) {
    this.retry = retry;
    this.circuitBreaker = circuitBreaker;
  }

  /**
   * Gets or creates a client's Retry and CircuitBreaker.
   *
   * @param name the instances' name
   * @param retryRegistry the application's registry, or null for an instance of the client's own
   * @param retryConfig the application's retry configuration, or null for the library's policy
   * @param maxAttempts attempts per call under the library's retry policy
   * @param breakerRegistry the application's registry, or null for an instance of the client's own
   * @param breakerConfig the application's breaker configuration, or null for the library's
   * @param clock the clock of the library's circuit breaker
   * @return the instances
   * @throws IllegalArgumentException if a registry holds an instance under {@code name} that this
   *     library did not create, or created for another policy; then neither registry is changed
   */
  public static ResilienceInstances create(String name, RetryRegistry retryRegistry, RetryConfig retryConfig,
      int maxAttempts, CircuitBreakerRegistry breakerRegistry, CircuitBreakerConfig breakerConfig, Clock clock) {
    RetryConfig retryWanted = retryConfig != null ? retryConfig : ResilienceDefaults.retryConfig(maxAttempts);
    Policy retryPolicy = retryConfig != null
        ? Policy.application("the RetryConfig given to retryConfig(...)", retryConfig)
        : Policy.library("the library's retry policy with maxAttempts " + maxAttempts,
            List.of("retry", maxAttempts));
    CircuitBreakerConfig breakerWanted = breakerConfig != null
        ? breakerConfig : ResilienceDefaults.circuitBreakerConfig(clock);
    Policy breakerPolicy = breakerConfig != null
        ? Policy.application("the CircuitBreakerConfig given to circuitBreakerConfig(...)", breakerConfig)
        : Policy.library("the library's circuit breaker policy with the clock " + clock,
            List.of("circuit-breaker", clock));
    synchronized (LOCK) {
      Supplier<Retry> retry = retryRegistry == null
          ? () -> Retry.of(name, retryWanted)
          : checkOrPrepare(new Kind<>("RetryRegistry", "Retry", retryRegistry, RetryRegistry::retry,
              Retry::getRetryConfig), name, retryWanted, retryPolicy);
      Supplier<CircuitBreaker> breaker = breakerRegistry == null
          ? () -> CircuitBreaker.of(name, breakerWanted)
          : checkOrPrepare(new Kind<>("CircuitBreakerRegistry", "CircuitBreaker", breakerRegistry,
              CircuitBreakerRegistry::circuitBreaker, CircuitBreaker::getCircuitBreakerConfig),
              name, breakerWanted, breakerPolicy);
      // Both registries were checked before either instance is created, so a refusal changes
      // neither. Only an instance the application registers under the name at this very moment
      // can still be refused here, after the Retry was created: then it is taken out again.
      boolean retryIsNew = retryRegistry != null && retryRegistry.find(name).isEmpty();
      Retry clientRetry = retry.get();
      try {
        return new ResilienceInstances(clientRetry, breaker.get());
      } catch (IllegalArgumentException refused) {
        if (retryIsNew && retryRegistry.find(name).orElse(null) == clientRetry) {
          retryRegistry.remove(name);
          CREATED.remove(clientRetry);
        }
        throw refused;
      }
    }
  }

  /**
   * Returns the client's Retry.
   *
   * @return the retry
   */
  public Retry retry() {
    return retry;
  }

  /**
   * Returns the client's CircuitBreaker.
   *
   * @return the circuit breaker
   */
  public CircuitBreaker circuitBreaker() {
    return circuitBreaker;
  }

  /**
   * One kind of registry, with how to create an instance in it and read its configuration.
   *
   * @param registryKind the registry's type name, for messages
   * @param instanceKind the instance's type name, for messages
   * @param registry the application's registry
   * @param getOrCreate Resilience4j's get-or-create with a configuration
   * @param configOf the configuration an instance runs with
   */
  private record Kind<E, C, R extends Registry<E, C>>(String registryKind, String instanceKind, R registry,
      GetOrCreate<R, E, C> getOrCreate, Function<E, C> configOf) {}

  /** Resilience4j's {@code registry.retry(name, config)} and its circuit breaker counterpart. */
  @FunctionalInterface
  private interface GetOrCreate<R, E, C> {
    E apply(R registry, String name, C config);
  }

  /**
   * Checks the registry for an instance of the name, and refuses one the client may not share.
   * Called under {@link #LOCK}.
   *
   * @return the instance to share, or what creates the client's in the registry (and records it)
   */
  private static <E, C, R extends Registry<E, C>> Supplier<E> checkOrPrepare(Kind<E, C, R> kind, String name,
      C config, Policy wanted) {
    Optional<E> found = kind.registry().find(name);
    if (found.isPresent()) {
      check(kind, name, found.get(), wanted);
      return found::get;
    }
    return () -> {
      E created = kind.getOrCreate().apply(kind.registry(), name, config);
      if (kind.configOf().apply(created) == config) {
        CREATED.put(created, wanted);
      } else {
        // The application registered one under the name since find(), and Resilience4j returned it.
        check(kind, name, created, wanted);
      }
      return created;
    };
  }

  private static <E> void check(Kind<E, ?, ?> kind, String name, E instance, Policy wanted) {
    Policy recorded = CREATED.get(instance);
    if (recorded == null) {
      throw new IllegalArgumentException("The " + kind.registryKind() + " already holds a " + kind.instanceKind()
          + " named '" + name + "' that this library did not create, so its configuration, not the client's, "
          + "would decide what is retried and what counts as a failure; give the client another name(...) or "
          + "remove that " + kind.instanceKind() + " from the registry");
    }
    if (!recorded.sameAs(wanted)) {
      throw new IllegalArgumentException("The " + kind.registryKind() + " already holds a " + kind.instanceKind()
          + " named '" + name + "' that another client of this library created for a different policy ("
          + recorded.description() + "; this client asks for " + wanted.description() + "); clients of the "
          + "same name share a registry's instances only with the same settings: give this client another "
          + "name(...) or the same settings");
    }
  }

  /**
   * The policy an instance was created for: two clients share an instance only for the same one.
   *
   * @param description what the policy is, for messages
   * @param key the library policy's parameters, compared with {@code equals}; or the
   *     application's configuration object, compared by identity
   * @param byIdentity whether {@code key} is compared by identity
   */
  private record Policy(String description, Object key, boolean byIdentity) {
    static Policy library(String description, Object parameters) {
      return new Policy(description, parameters, false);
    }

    static Policy application(String description, Object config) {
      return new Policy(description + " (" + config.getClass().getSimpleName() + "@"
          + Integer.toHexString(System.identityHashCode(config)) + ")", config, true);
    }

    boolean sameAs(Policy other) {
      return byIdentity == other.byIdentity && (byIdentity ? key == other.key : key.equals(other.key));
    }
  }
}
