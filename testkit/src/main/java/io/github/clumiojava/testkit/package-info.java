/**
 * A test kit for code that uses the Clumio client: {@link io.github.clumiojava.testkit.FakeClumio},
 * a stateful fake of the Clumio API on a loopback port, also a JUnit 5 extension, and the {@link
 * io.github.clumiojava.testkit.RecordedRequest requests} it received.
 */
package io.github.clumiojava.testkit;
