package io.github.clumiojava.internal;

import java.util.concurrent.CompletableFuture;

/**
 * An attempt in flight.
 *
 * <p>Not API: part of the library's implementation, which may change in any release.
 *
 * @param result completes with the attempt's value or its {@link io.github.clumiojava.ClumioException}
 * @param cancel cancels the attempt's HTTP call
 * @param <T> the value type
 */
public record AsyncAttempt<T>(CompletableFuture<T> result, Runnable cancel) {}
