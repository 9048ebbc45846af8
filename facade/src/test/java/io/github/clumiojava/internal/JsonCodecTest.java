package io.github.clumiojava.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Named.named;

import io.github.clumiojava.dynamodb.BillingMode;
import io.github.clumiojava.dynamodb.DynamoDbTableBackup;
import io.github.clumiojava.generated.model.ReadDynamoDbTableBackupResponseDto;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;
import okhttp3.MediaType;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import retrofit2.Converter;
import retrofit2.converter.gson.GsonConverterFactory;

/**
 * Reading bodies strictly: a value of the wrong JSON type fails with its path, nothing is
 * coerced; null, unknown fields and unknown enum values are accepted.
 */
class JsonCodecTest {
  private final JsonCodec codec = new JsonCodec();

  static Stream<Arguments> mismatches() {
    return Stream.of(
        Arguments.of(named("a string for a boolean", "{\"deletion_protection_enabled\":\"yes\"}"),
            "$.deletion_protection_enabled: expected a boolean but was the string \"yes\""),
        Arguments.of(named("a number for a boolean", "{\"pitr_status\":1}"),
            "$.pitr_status: expected a boolean but was the number 1"),
        Arguments.of(named("a string for a number", "{\"item_count\":\"12\"}"),
            "$.item_count: expected a 64-bit integer but was the string \"12\""),
        Arguments.of(named("a boolean for a number", "{\"size\":true}"),
            "$.size: expected a 64-bit integer but was the boolean true"),
        Arguments.of(named("a fraction for an integer", "{\"item_count\":1.5}"),
            "$.item_count: expected a 64-bit integer but was the number 1.5"),
        Arguments.of(named("an integer beyond a long", "{\"size\":9223372036854775808}"),
            "$.size: expected a 64-bit integer but was the number 9223372036854775808"),
        Arguments.of(named("a number for a string", "{\"table_name\":42}"),
            "$.table_name: expected a string but was the number 42"),
        Arguments.of(named("a boolean for a string", "{\"id\":false}"),
            "$.id: expected a string but was the boolean false"),
        Arguments.of(named("an object for a string", "{\"aws_region\":{\"name\":\"us-west-2\"}}"),
            "$.aws_region: expected a string but was an object"),
        Arguments.of(named("a number for an enum", "{\"billing_mode\":3}"),
            "$.billing_mode: expected a string but was the number 3"),
        Arguments.of(named("a number for a timestamp", "{\"start_timestamp\":1764000000}"),
            "$.start_timestamp: expected an RFC 3339 timestamp but was the number 1764000000"),
        Arguments.of(named("a string that is no timestamp", "{\"expiration_timestamp\":\"tomorrow\"}"),
            "$.expiration_timestamp: expected an RFC 3339 timestamp but was the string \"tomorrow\""),
        Arguments.of(named("an object for a list", "{\"tags\":{\"key\":\"team\"}}"),
            "$.tags: expected an array but was an object"),
        Arguments.of(named("a string for a list", "{\"replicas\":\"eu-west-1\"}"),
            "$.replicas: expected an array but was the string \"eu-west-1\""),
        Arguments.of(named("a list for an object", "{\"provisioned_throughput\":[100,25]}"),
            "$.provisioned_throughput: expected an object but was an array"),
        Arguments.of(named("a string for an object", "{\"_links\":\"self\"}"),
            "$._links: expected an object but was the string \"self\""),
        Arguments.of(named("a list for the whole backup", "[]"),
            "$: expected an object but was an array"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mismatches")
  void aValueOfTheWrongJsonTypeFailsWithItsPath(String body, String message) {
    WrongJsonTypeException e = catchThrowableOfType(WrongJsonTypeException.class, () -> read(body));

    assertThat(e).hasMessage(message);
  }

  @Test
  void aWrongTypeInsideAnArrayOfObjectsNamesTheIndex() {
    String body = "{\"global_secondary_indexes\":[{\"index_name\":\"by-customer\"},{\"index_name\":5}]}";

    WrongJsonTypeException e = catchThrowableOfType(WrongJsonTypeException.class, () -> read(body));

    assertThat(e.path()).isEqualTo("$.global_secondary_indexes[1].index_name");
    assertThat(e).hasMessageStartingWith("$.global_secondary_indexes[1].index_name: expected a string");
  }

  @Test
  void aWrongTypeInAListOfStringsNamesTheIndex() {
    String body = "{\"local_secondary_indexes\":[{\"projection\":{\"non_key_attributes\":[\"status\",true]}}]}";

    WrongJsonTypeException e = catchThrowableOfType(WrongJsonTypeException.class, () -> read(body));

    assertThat(e.path()).isEqualTo("$.local_secondary_indexes[0].projection.non_key_attributes[1]");
  }

  @Test
  void aWrongTypeAfterAKeptUnknownFieldStillNamesItsOwnPath() {
    String body = "{\"replicas\":[{\"replica_status\":{\"a\":[1,{\"b\":[]}]},\"region_name\":7}]}";

    WrongJsonTypeException e = catchThrowableOfType(WrongJsonTypeException.class, () -> read(body));

    assertThat(e.path()).isEqualTo("$.replicas[0].region_name");
  }

  @Test
  void nullIsAcceptedForEveryKindOfProperty() throws IOException {
    JsonCodec.ParsedBackup parsed = read("{\"deletion_protection_enabled\":null,\"item_count\":null,"
        + "\"table_name\":null,\"billing_mode\":null,\"start_timestamp\":null,\"tags\":null,"
        + "\"provisioned_throughput\":null,\"replicas\":[null],"
        + "\"local_secondary_indexes\":[{\"projection\":{\"non_key_attributes\":[null]}}]}");

    ReadDynamoDbTableBackupResponseDto dto = parsed.dto();
    assertThat(dto.getDeletionProtectionEnabled()).isNull();
    assertThat(dto.getItemCount()).isNull();
    assertThat(dto.getTableName()).isNull();
    assertThat(dto.getBillingMode()).isNull();
    assertThat(dto.getStartTimestamp()).isNull();
    assertThat(dto.getTags()).isNull();
    assertThat(dto.getProvisionedThroughput()).isNull();
    assertThat(dto.getReplicas()).hasSize(1).containsOnlyNulls();
    assertThat(dto.getLocalSecondaryIndexes().get(0).getProjection().getNonKeyAttributes()).hasSize(1).containsOnlyNulls();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"\"yes\"", "12", "1.5", "99999999999999999999999", "true", "null", "[]", "{}",
      "{\"a\":[1,\"x\",false,null,{\"b\":{}}]}"})
  void anUnknownFieldOfAnyTypeIsKept(String value) throws IOException {
    JsonCodec.ParsedBackup parsed = read("{\"restore_tier\":" + value + ",\"replicas\":[{\"replica_status\":"
        + value + "}],\"table_name\":\"orders\"}");

    assertThat(parsed.unknownFields())
        .containsExactly(Map.entry("restore_tier", value), Map.entry("replicas[0].replica_status", value));
    assertThat(parsed.dto().getTableName()).isEqualTo("orders");
  }

  @Test
  void anUnknownEnumValueIsAcceptedAndKeptAsItsString() throws IOException {
    JsonCodec.ParsedBackup parsed = read("{\"billing_mode\":\"ON_DEMAND_FLEX\"}");

    DynamoDbTableBackup backup = BackupMapper.toBackup(parsed.dto(), parsed.unknownFields());

    assertThat(backup.billingMode()).isEqualTo(BillingMode.UNKNOWN);
    assertThat(backup.billingModeAsString()).isEqualTo("ON_DEMAND_FLEX");
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
      "0, 0",
      "-0, 0",
      "1.0, 1",
      "1e3, 1000",
      "2.5E1, 25",
      "9223372036854775807, 9223372036854775807",
      "-9223372036854775808, -9223372036854775808",
  })
  void aNumberWhoseValueIsAWholeLongIsReadExactly(String literal, long expected) throws IOException {
    assertThat(read("{\"item_count\":" + literal + "}").dto().getItemCount()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"1e-400", "1e400", "1e999999999999", "-9223372036854775809", "0.1"})
  void aNumberThatIsNoWholeLongFailsWithItsPath(String literal) {
    WrongJsonTypeException e = catchThrowableOfType(WrongJsonTypeException.class,
        () -> read("{\"size\":" + literal + "}"));

    assertThat(e).hasMessage("$.size: expected a 64-bit integer but was the number " + literal);
  }

  @Test
  void aLongStringIsQuotedOnlyInPart() {
    String value = "y".repeat(10_000);

    WrongJsonTypeException e = catchThrowableOfType(WrongJsonTypeException.class,
        () -> read("{\"pitr_status\":\"" + value + "\"}"));

    assertThat(e).hasMessage("$.pitr_status: expected a boolean but was the string \""
        + "y".repeat(StrictTypes.MAX_QUOTED) + "\"... (10000 characters)");
  }

  @Test
  void aLongNumberIsQuotedOnlyInPart() {
    String value = "7".repeat(500);

    WrongJsonTypeException e = catchThrowableOfType(WrongJsonTypeException.class,
        () -> read("{\"table_id\":" + value + "}"));

    assertThat(e).hasMessage("$.table_id: expected a string but was the number "
        + "7".repeat(StrictTypes.MAX_QUOTED) + "... (500 characters)");
  }

  @Test
  void aQuotedStringShowsInvisibleCharactersEscaped() {
    WrongJsonTypeException e = catchThrowableOfType(WrongJsonTypeException.class,
        () -> read("{\"pitr_status\":\"a\\nb\\u202e\\u001b[31m\\\"\\\\\\ud800\"}"));

    assertThat(e).hasMessage(
        "$.pitr_status: expected a boolean but was the string \"a\\u000ab\\u202e\\u001b[31m\\\"\\\\\\ud800\"");
  }

  @Test
  void aWronglyTypedErrorBodyFailsToo() {
    byte[] body = "{\"errors\":[{\"error_code\":\"12001\",\"error_message\":\"gone\"}]}".getBytes(StandardCharsets.UTF_8);

    WrongJsonTypeException e = catchThrowableOfType(WrongJsonTypeException.class, () -> codec.readError(body));

    assertThat(e.path()).isEqualTo("$.errors[0].error_code");
  }

  @Test
  void theGsonGivenToRetrofitReadsStrictlyToo() throws IOException {
    Converter<ResponseBody, ?> converter = GsonConverterFactory.create(codec.gson())
        .responseBodyConverter(ReadDynamoDbTableBackupResponseDto.class, new Annotation[0], null);
    ResponseBody body = ResponseBody.create("{\"deletion_protection_enabled\":\"yes\"}",
        MediaType.get("application/json"));

    WrongJsonTypeException e = catchThrowableOfType(WrongJsonTypeException.class, () -> converter.convert(body));

    assertThat(e.path()).isEqualTo("$.deletion_protection_enabled");
  }

  private JsonCodec.ParsedBackup read(String body) throws IOException {
    return codec.readBackup(body.getBytes(StandardCharsets.UTF_8));
  }
}
