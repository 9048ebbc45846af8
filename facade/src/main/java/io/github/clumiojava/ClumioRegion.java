package io.github.clumiojava;

import java.net.URI;

/**
 * The Clumio regions and the base URL of the REST API in each.
 *
 * <p>Choose the region your Clumio organization lives in; a token of one region is not valid in
 * another.
 */
public enum ClumioRegion {
  /** United States (Oregon). */
  US_WEST_2("https://us-west-2.api.clumio.com"),
  /** United States (N. Virginia). */
  US_EAST_1("https://us-east-1.api.clumio.com"),
  /** Canada (Central). */
  CA_CENTRAL_1("https://ca-central-1.ca.api.clumio.com"),
  /** Europe (Frankfurt). */
  EU_CENTRAL_1("https://eu-central-1.de.api.clumio.com"),
  /** Asia Pacific (Sydney). */
  AP_SOUTHEAST_2("https://ap-southeast-2.au.api.clumio.com");

  private final URI baseUrl;

  ClumioRegion(String baseUrl) {
    this.baseUrl = URI.create(baseUrl);
  }

  /**
   * Returns the base URL of the API in this region.
   *
   * @return an {@code https} URL without a trailing slash; never null
   */
  public URI baseUrl() {
    return baseUrl;
  }

  /**
   * Returns the region's identifier as Clumio writes it, for example {@code us-west-2}.
   *
   * @return the identifier; never null
   */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
