package io.github.clumiojava.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clumiojava.dynamodb.BackupType;
import io.github.clumiojava.dynamodb.BillingMode;
import io.github.clumiojava.dynamodb.ContributorInsightsStatus;
import io.github.clumiojava.dynamodb.GlobalTableVersion;
import io.github.clumiojava.dynamodb.KeyType;
import io.github.clumiojava.dynamodb.KmsKeyType;
import io.github.clumiojava.dynamodb.ProjectionType;
import io.github.clumiojava.dynamodb.StreamViewType;
import io.github.clumiojava.dynamodb.TableClass;
import io.github.clumiojava.testsupport.OpenApiConformance;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The facade's enums know exactly the values that openapi.yaml lists in {@code x-extensible-enum},
 * and every such property has an enum.
 */
class SpecEnumsTest {
  private static final Map<String, Set<String>> FACADE_ENUMS = Map.of(
      "type", values(BackupType.values(), BackupType::value),
      "billing_mode", values(BillingMode.values(), BillingMode::value),
      "table_class", values(TableClass.values(), TableClass::value),
      "replica_table_class", values(TableClass.values(), TableClass::value),
      "global_table_version", values(GlobalTableVersion.values(), GlobalTableVersion::value),
      "contributor_insights_status", values(ContributorInsightsStatus.values(), ContributorInsightsStatus::value),
      "key_type", values(KeyType.values(), KeyType::value),
      "projection_type", values(ProjectionType.values(), ProjectionType::value),
      "kms_key_type", values(KmsKeyType.values(), KmsKeyType::value),
      "view_type", values(StreamViewType.values(), StreamViewType::value));

  @Test
  @SuppressWarnings({"rawtypes", "unchecked"})
  void everyExtensibleEnumOfTheSpecHasAFacadeEnumWithTheSameValues() {
    OpenAPI api = new OpenAPIV3Parser().readContents(OpenApiConformance.specText()).getOpenAPI();
    Map<String, Set<String>> specEnums = new TreeMap<>();
    for (Schema<?> schema : api.getComponents().getSchemas().values()) {
      Map<String, Schema> properties = schema.getProperties() == null ? Map.of() : schema.getProperties();
      properties.forEach((name, property) -> {
        Object values = property.getExtensions() == null ? null : property.getExtensions().get("x-extensible-enum");
        if (values != null) {
          specEnums.merge(name, ((List<Object>) values).stream().map(String::valueOf).collect(Collectors.toSet()),
              (a, b) -> { assertThat(a).as("every '%s' lists the same values", name).isEqualTo(b); return a; });
        }
      });
    }

    assertThat(specEnums).hasSize(10);
    assertThat(specEnums).isEqualTo(new TreeMap<>(FACADE_ENUMS));
  }

  private static <E extends Enum<E>> Set<String> values(E[] constants, Function<E, String> value) {
    return Arrays.stream(constants).map(value).filter(Objects::nonNull).collect(Collectors.toSet());
  }
}
