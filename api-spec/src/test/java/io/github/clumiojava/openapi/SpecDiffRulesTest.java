package io.github.clumiojava.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * What the spec check counts as compatible for clients, shown on edits of the real spec: the
 * changes a service makes without breaking anyone pass, the others fail.
 */
class SpecDiffRulesTest {
  private static final String BACKUP = "ReadDynamoDbTableBackupResponse";
  private static final String LIST = "/backups/aws/dynamodb-tables";

  @Test
  void theSpecComparedWithItselfIsUnchanged() {
    assertThat(compareWithEdit(spec -> {}).isUnchanged()).isTrue();
  }

  @Test
  void anOptionalPropertyAddedToTheBackupIsCompatible() {
    SpecChangeReport report = compareWithEdit(spec ->
        backup(spec).addProperty("table_arn", new StringSchema().nullable(true)));

    assertThat(report.isUnchanged()).isFalse();
    assertThat(report.isIncompatible()).isFalse();
  }

  @Test
  void anOpenEnumThatGainsAValueIsCompatibleAndTheReportNamesIt() {
    SpecChangeReport report = compareWithEdit(spec -> extensibleValues(property(spec, "billing_mode")).add("ON_DEMAND"));

    assertThat(report.isIncompatible()).isFalse();
    assertThat(report.openEnumChanges()).containsExactly(BACKUP + ".billing_mode: gained [ON_DEMAND]");
    assertThat(report.markdown()).contains(BACKUP + ".billing_mode: gained [ON_DEMAND]");
  }

  @Test
  void anOpenEnumOfAResponseThatLosesAValueIsCompatible() {
    SpecChangeReport report = compareWithEdit(spec ->
        extensibleValues(property(spec, "billing_mode")).remove("PAY_PER_REQUEST"));

    assertThat(report.isIncompatible()).isFalse();
    assertThat(report.openEnumChanges()).containsExactly(BACKUP + ".billing_mode: lost [PAY_PER_REQUEST]");
  }

  @Test
  void anOpenEnumOfARequestThatLosesAValueIsIncompatible() {
    // The sort parameter as an open enum in both specs, then without one of its values.
    Consumer<OpenAPI> openSort = spec -> {
      Schema<?> schema = sortParameter(spec).getSchema();
      schema.addExtension("x-extensible-enum", new ArrayList<>(List.of("start_timestamp", "-start_timestamp")));
      schema.setEnum(null);
    };
    OpenAPI before = Specs.read(Specs.CURRENT);
    openSort.accept(before);
    OpenAPI after = Specs.read(Specs.CURRENT);
    openSort.accept(after);
    extensibleValues(sortParameter(after).getSchema()).remove("-start_timestamp");

    assertThat(SpecChangeReport.between(before, after).isIncompatible()).isTrue();
  }

  @Test
  void aClosedEnumOfARequestThatLosesAValueIsIncompatible() {
    SpecChangeReport report = compareWithEdit(spec -> {
      @SuppressWarnings("unchecked")
      Schema<String> sort = (Schema<String>) sortParameter(spec).getSchema();
      sort.setEnum(new ArrayList<>(List.of("start_timestamp")));
    });

    assertThat(report.isIncompatible()).isTrue();
  }

  @Test
  void aRemovedOperationIsIncompatible() {
    SpecChangeReport report = compareWithEdit(spec -> spec.getPaths().remove(LIST));

    assertThat(report.isIncompatible()).isTrue();
  }

  @Test
  void aRequiredRequestParameterAddedIsIncompatible() {
    SpecChangeReport report = compareWithEdit(spec -> spec.getPaths().get(LIST).getGet()
        .addParametersItem(new Parameter().name("tenant").in("query").required(true).schema(new StringSchema())));

    assertThat(report.isIncompatible()).isTrue();
  }

  private static SpecChangeReport compareWithEdit(Consumer<OpenAPI> edit) {
    OpenAPI after = Specs.read(Specs.CURRENT);
    edit.accept(after);
    return SpecChangeReport.between(Specs.read(Specs.CURRENT), after);
  }

  private static Schema<?> backup(OpenAPI spec) {
    return spec.getComponents().getSchemas().get(BACKUP);
  }

  private static Schema<?> property(OpenAPI spec, String name) {
    return backup(spec).getProperties().get(name);
  }

  @SuppressWarnings("unchecked")
  private static List<Object> extensibleValues(Schema<?> schema) {
    List<Object> values = new ArrayList<>((List<Object>) schema.getExtensions().get("x-extensible-enum"));
    schema.getExtensions().put("x-extensible-enum", values);
    return values;
  }

  private static Parameter sortParameter(OpenAPI spec) {
    return spec.getPaths().get(LIST).getGet().getParameters().stream()
        .filter(p -> p.getName().equals("sort")).findFirst().orElseThrow();
  }
}
