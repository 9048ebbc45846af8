/**
 * What every Clumio client of this library shares: the {@link io.github.clumiojava.ClumioRegion
 * regions} and the {@link io.github.clumiojava.ClumioException exceptions}.
 *
 * <p>The clients themselves live in one package per kind of resource, such as {@link
 * io.github.clumiojava.dynamodb}. Packages named {@code internal} are not part of the API and
 * may change in any release.
 */
package io.github.clumiojava;
