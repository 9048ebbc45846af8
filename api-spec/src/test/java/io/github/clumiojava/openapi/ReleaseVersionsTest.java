package io.github.clumiojava.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which versions say that a breaking release is intended. */
class ReleaseVersionsTest {
  @ParameterizedTest(name = "building {0} after {1}: breaking intended = {2}")
  @CsvSource({
      "0.1.0-SNAPSHOT, 0.1.0, false",
      "0.1.1-SNAPSHOT, 0.1.0, false",
      "0.1.1, 0.1.0, false",
      "0.2.0-SNAPSHOT, 0.1.0, true",
      "0.2.0, 0.1.7, true",
      "1.0.0-SNAPSHOT, 0.9.3, true",
      "1.4.0-SNAPSHOT, 1.3.2, false",
      "2.0.0-SNAPSHOT, 1.3.2, true",
  })
  void aBreakingReleaseIsANewMajorVersionOrBefore1ANewMinorOne(String building, String released, boolean intended) {
    assertThat(ReleaseVersions.breakingChangeIntended(building, released)).isEqualTo(intended);
  }

  @ParameterizedTest
  @CsvSource({"0.0.9-SNAPSHOT, 0.1.0", "1.9.0, 2.0.0"})
  void aVersionOlderThanTheReleasedOneIsRefused(String building, String released) {
    assertThatThrownBy(() -> ReleaseVersions.breakingChangeIntended(building, released))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("older than the released version");
  }

  @ParameterizedTest
  @CsvSource({"1.0, 0.1.0", "0.1.0, v0.1"})
  void aVersionThatIsNotMajorMinorPatchIsRefused(String building, String released) {
    assertThatThrownBy(() -> ReleaseVersions.breakingChangeIntended(building, released))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a major.minor.patch version");
  }
}
