package io.github.clumiojava.dynamodb;

/**
 * A HAL link from a resource to a related resource or operation.
 *
 * @param href the target: a URI, or a URI template when {@code templated} is true; null if absent
 * @param templated whether {@code href} is a URI template, or null if absent
 * @param type the HTTP method to use with {@code href}, or null if absent
 */
public record Link(String href, Boolean templated, String type) {}
