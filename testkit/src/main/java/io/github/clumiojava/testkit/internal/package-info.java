/**
 * The engine of {@link io.github.clumiojava.testkit.FakeClumio}. Not part of the API: anything
 * here may change or go away in any release, and none of it appears in a public signature.
 */
package io.github.clumiojava.testkit.internal;
