package io.github.clumiojava.apicheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a difference between two API listings is classified for consumers. */
class ApiDiffTest {
  private static final Map<String, List<String>> BEFORE = Map.of(
      "a.Backup", List.of("public final class Backup", "public String id()", "public String tableName()"),
      "a.Gone", List.of("public final class Gone"));

  @Test
  void aRemovedMemberIsBreaking() {
    ApiDiff diff = ApiDiff.between(BEFORE, Map.of(
        "a.Backup", List.of("public final class Backup", "public String id()"),
        "a.Gone", List.of("public final class Gone")));

    assertThat(diff.breaking()).containsExactly("a.Backup: public String tableName()");
    assertThat(diff.compatible()).isEmpty();
  }

  @Test
  void aRemovedTypeIsBreaking() {
    ApiDiff diff = ApiDiff.between(BEFORE, Map.of(
        "a.Backup", List.of("public final class Backup", "public String id()", "public String tableName()")));

    assertThat(diff.breaking()).containsExactly("a.Gone (the whole type)");
  }

  @Test
  void aChangedSignatureIsBreakingAndItsNewFormAnAddition() {
    ApiDiff diff = ApiDiff.between(BEFORE, Map.of(
        "a.Backup", List.of("public final class Backup", "public String id()", "public Object tableName()"),
        "a.Gone", List.of("public final class Gone")));

    assertThat(diff.breaking()).containsExactly("a.Backup: public String tableName()");
    assertThat(diff.compatible()).containsExactly("a.Backup: public Object tableName()");
  }

  @Test
  void addedMembersAndTypesAreCompatible() {
    ApiDiff diff = ApiDiff.between(BEFORE, Map.of(
        "a.Backup", List.of("public final class Backup", "public String id()", "public String tableName()",
            "public String tableArn()"),
        "a.Gone", List.of("public final class Gone"),
        "a.New", List.of("public final class New")));

    assertThat(diff.breaking()).isEmpty();
    assertThat(diff.compatible()).containsExactlyInAnyOrder("a.Backup: public String tableArn()", "a.New (the whole type)");
  }

  @Test
  void theReportListsBreakingChangesBeforeAdditions() {
    ApiDiff diff = new ApiDiff(List.of("a.Backup: public String tableName()"), List.of("a.New (the whole type)"));

    assertThat(diff.report()).isEqualTo("""
        Breaking for consumers (removed, or changed: the old signature is gone):
          - a.Backup: public String tableName()
        Compatible (added):
          + a.New (the whole type)
        """);
  }

  /** A model type as a record, before and after the spec gains a field. */
  public record RecordModel1(String id) {}

  public record RecordModel2(String id, String tableArn) {}

  @Test
  void aRecordThatGainsAComponentBreaksEveryCallerOfItsConstructor() {
    ApiDiff diff = ApiDiff.between(listing(RecordModel1.class, "RecordModel1"), listing(RecordModel2.class, "RecordModel2"));

    assertThat(diff.breaking()).containsExactly("Model: public Model(String)");
    assertThat(diff.compatible()).containsExactlyInAnyOrder("Model: public Model(String, String)",
        "Model: public String tableArn()");
  }

  /** A model type with a builder (as the library's are), before and after the spec gains a field. */
  static final class BuiltModel1 {
    private final String id;

    private BuiltModel1(Builder builder) {
      this.id = builder.id;
    }

    public static Builder builder() {
      return new Builder();
    }

    public String id() {
      return id;
    }

    public static final class Builder {
      private String id;

      public Builder id(String value) {
        this.id = value;
        return this;
      }

      public BuiltModel1 build() {
        return new BuiltModel1(this);
      }
    }
  }

  static final class BuiltModel2 {
    private final String id;
    private final String tableArn;

    private BuiltModel2(Builder builder) {
      this.id = builder.id;
      this.tableArn = builder.tableArn;
    }

    public static Builder builder() {
      return new Builder();
    }

    public String id() {
      return id;
    }

    public String tableArn() {
      return tableArn;
    }

    public static final class Builder {
      private String id;
      private String tableArn;

      public Builder id(String value) {
        this.id = value;
        return this;
      }

      public Builder tableArn(String value) {
        this.tableArn = value;
        return this;
      }

      public BuiltModel2 build() {
        return new BuiltModel2(this);
      }
    }
  }

  @Test
  void aModelWithABuilderThatGainsAFieldOnlyAddsToTheApi() {
    Map<String, List<String>> before = merge(listing(BuiltModel1.class, "BuiltModel1"),
        listing(BuiltModel1.Builder.class, "BuiltModel1"));
    Map<String, List<String>> after = merge(listing(BuiltModel2.class, "BuiltModel2"),
        listing(BuiltModel2.Builder.class, "BuiltModel2"));

    ApiDiff diff = ApiDiff.between(before, after);

    assertThat(diff.breaking()).isEmpty();
    assertThat(diff.compatible()).containsExactlyInAnyOrder("Model: public String tableArn()",
        "Model.Builder: public Model.Builder tableArn(String)");
  }

  /** One type's listing, its version-numbered name replaced by {@code Model}. */
  private static Map<String, List<String>> listing(Class<?> type, String versionedName) {
    String name = type.getEnclosingClass() == ApiDiffTest.class ? "Model" : "Model." + type.getSimpleName();
    String prefix = ApiDiffTest.class.getName() + ".";
    return Map.of(name, ApiListing.typeLines(type).stream()
        .map(line -> line.replace(prefix, "").replace(versionedName, "Model")).toList());
  }

  private static Map<String, List<String>> merge(Map<String, List<String>> a, Map<String, List<String>> b) {
    Map<String, List<String>> merged = new java.util.LinkedHashMap<>(a);
    merged.putAll(b);
    return merged;
  }
}
