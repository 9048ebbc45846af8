package io.github.clumiojava.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test whose stubbed response breaks openapi.yaml on purpose (a truncated body, a wrong
 * type): only the requests of such a test are validated against the spec, not the responses.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ResponseViolatesSpec {
  /** Why the response must break the spec. */
  String value();
}
