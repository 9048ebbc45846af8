package io.github.clumiojava.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The name and version of this library, as sent in the identifying request headers.
 *
 * <p>Not API: part of the library's implementation, which may change in any release.
 */
public final class SdkInfo {
  /** The client name sent in {@code x-clumio-api-client}. */
  public static final String NAME;
  /** The library version, from the build. */
  public static final String VERSION;

  static {
    Properties properties = new Properties();
    try (InputStream in = SdkInfo.class.getResourceAsStream("sdk.properties")) {
      if (in == null) {
        throw new IllegalStateException("sdk.properties is missing from the class path");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    NAME = properties.getProperty("name");
    VERSION = properties.getProperty("version");
  }

  private SdkInfo() {}

  /**
   * Returns the {@code User-Agent}: library, version, Java version and operating system.
   *
   * @return for example {@code clumio-java/0.1.0 (Java 17.0.15; Linux amd64)}
   */
  public static String userAgent() {
    return NAME + "/" + VERSION + " (Java " + System.getProperty("java.version") + "; "
        + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ")";
  }
}
