package io.github.clumiojava.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The model is immutable: it copies what it is given and hands out unmodifiable views. */
class DynamoDbTableBackupTest {
  private static DynamoDbTableBackup withTags(List<Tag> tags, Map<String, String> unknown) {
    return new DynamoDbTableBackup(null, null, null, null, null, null, null, Optional.empty(), Optional.empty(),
        null, null, null, null, null, null, null, List.of(), List.of(), List.of(), null, null, tags, null, null,
        BackupLinks.NONE, unknown);
  }

  @Test
  void listsAndMapsAreCopiedAndUnmodifiable() {
    List<Tag> tags = new ArrayList<>(List.of(new Tag("a", "1")));
    Map<String, String> unknown = new HashMap<>(Map.of("x", "1"));
    DynamoDbTableBackup backup = withTags(tags, unknown);

    tags.add(new Tag("b", "2"));
    unknown.put("y", "2");

    assertThat(backup.tags()).hasSize(1);
    assertThat(backup.unknownFields()).containsOnlyKeys("x");
    assertThatThrownBy(() -> backup.tags().add(new Tag("c", "3"))).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> backup.tagsAsMap().put("c", "3")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> backup.unknownFields().put("z", "3")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void laterTagWithTheSameKeyWinsInTheMap() {
    assertThat(withTags(List.of(new Tag("k", "1"), new Tag("k", "2")), Map.of()).tagsAsMap())
        .containsExactly(Map.entry("k", "2"));
  }

  @Test
  void enumLookupIsNullForNullAndUnknownForAnythingElse() {
    assertThat(BillingMode.fromValue(null)).isNull();
    assertThat(BillingMode.fromValue("PAY_PER_REQUEST")).isEqualTo(BillingMode.PAY_PER_REQUEST);
    assertThat(BillingMode.fromValue("pay_per_request")).isEqualTo(BillingMode.UNKNOWN);
    assertThat(GlobalTableVersion.fromValue("2017.11.29")).isEqualTo(GlobalTableVersion.V2017_11_29);
    assertThat(BackupType.fromValue("aws_snapshot")).isEqualTo(BackupType.AWS_SNAPSHOT);
    assertThat(BackupType.UNKNOWN.value()).isNull();
  }
}
