package io.github.clumiojava.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clumiojava.testsupport.OpenApiConformance;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A fake registered as consumers register it, and after every test a check that each answer it
 * gave, and each request it received, conforms to openapi.yaml.
 */
abstract class FakeClumioTestBase {
  @RegisterExtension
  static final FakeClumio clumio = FakeClumio.create();

  /** Marks a test that sends requests outside the spec on purpose: only the answers are checked. */
  @Target(ElementType.METHOD)
  @Retention(RetentionPolicy.RUNTIME)
  @interface SendsRequestsOutsideTheSpec {
    /** Which requests, and why. */
    String value();
  }

  @AfterEach
  void everyAnswerConformsToTheSpec(TestInfo test) {
    boolean requestsMayBreakIt = test.getTestMethod().map(m -> m.isAnnotationPresent(SendsRequestsOutsideTheSpec.class))
        .orElse(false);
    List<String> violations = OpenApiConformance.violations(clumio.serveEvents(), true, "");

    assertThat(violations).as("answers (and requests) must conform to openapi.yaml")
        .allMatch(violation -> requestsMayBreakIt && violation.contains(": validation.request."));
  }
}
