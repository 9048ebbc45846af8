package io.github.clumiojava.cli;

import io.github.clumiojava.dynamodb.DynamoDbTableBackup;
import io.github.clumiojava.dynamodb.GlobalSecondaryIndex;
import io.github.clumiojava.dynamodb.KeySchemaElement;
import io.github.clumiojava.dynamodb.LocalSecondaryIndex;
import io.github.clumiojava.dynamodb.Projection;
import io.github.clumiojava.dynamodb.ProvisionedThroughput;
import io.github.clumiojava.dynamodb.Replica;
import io.github.clumiojava.dynamodb.SseSpecification;
import io.github.clumiojava.dynamodb.StreamSpecification;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/** Writes a backup for people: one labelled line per fact, absent facts left out. */
final class BackupText {
  private static final String[] UNITS = {"bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};

  private final StringBuilder text = new StringBuilder();

  private BackupText() {}

  static String toText(DynamoDbTableBackup b, Clock clock) {
    BackupText out = new BackupText();
    out.line("Table", joinPresent(b.tableName(), b.tableId() == null ? null : "(" + b.tableId() + ")"));
    out.line("Backup", joinPresent(b.id(), b.typeAsString() == null ? null : "(" + b.typeAsString() + ")"));
    out.line("AWS account", b.accountNativeId());
    out.line("AWS region", b.awsRegion());
    b.startTimestamp().ifPresent(t -> out.line("Started", t.toString()));
    out.line("Expires", b.expirationTimestamp()
        .map(t -> t + " (" + relative(t, clock.instant()) + ")")
        .orElse("never (no expiration timestamp)"));
    if (b.sizeInBytes() != null) {
      out.line("Size", humanBytes(b.sizeInBytes()) + " (" + String.format(Locale.ROOT, "%,d", b.sizeInBytes()) + " bytes)");
    }
    if (b.itemCount() != null) {
      out.line("Items", String.format(Locale.ROOT, "%,d", b.itemCount()));
    }
    out.line("Billing mode", joinPresent(b.billingModeAsString(), throughput(b.provisionedThroughput())));
    out.line("Table class", b.tableClassAsString());
    out.line("PITR", onOff(b.pitrEnabled()));
    out.line("Deletion protection", onOff(b.deletionProtectionEnabled()));
    out.line("Contributor insights", b.contributorInsightsStatusAsString());
    out.line("Global table", b.globalTableVersionAsString() == null ? null : "version " + b.globalTableVersionAsString());
    out.line("Encryption", encryption(b.sseSpecification()));
    out.line("Streams", streams(b.streamSpecification()));
    out.section("Global secondary indexes", b.globalSecondaryIndexes().stream().map(BackupText::globalIndex).toList());
    out.section("Local secondary indexes", b.localSecondaryIndexes().stream().map(BackupText::localIndex).toList());
    out.section("Replicas", b.replicas().stream().map(BackupText::replica).toList());
    out.section("Tags", b.tagsAsMap().entrySet().stream().map(e -> e.getKey() + " = " + e.getValue()).toList());
    out.section("Fields newer than this tool", b.unknownFields().entrySet().stream()
        .map(e -> e.getKey() + " = " + e.getValue()).toList());
    return out.text.toString();
  }

  /** "in 12 days", "in 5 hours", "expired 3 days ago". */
  static String relative(Instant when, Instant now) {
    Duration left = Duration.between(now, when);
    if (!left.isNegative() && !left.isZero()) {
      return "in " + amount(left);
    }
    return left.isZero() ? "expired just now" : "expired " + amount(left.negated()) + " ago";
  }

  /** 1024-based units with one decimal: "12.5 GiB"; exact bytes below 1 KiB. */
  static String humanBytes(long bytes) {
    if (bytes < 1024) {
      return bytes + (bytes == 1 ? " byte" : " bytes");
    }
    double value = bytes;
    int unit = 0;
    while (value >= 1024 && unit < UNITS.length - 1) {
      value /= 1024;
      unit++;
    }
    return String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
  }

  /** Rounded to the nearest whole unit: 11 days and 23 hours is "12 days". */
  private static String amount(Duration d) {
    long minutes = d.toMinutes() + (d.toSecondsPart() >= 30 ? 1 : 0);
    if (minutes >= 24 * 60 - 30) {
      return plural((minutes + 12 * 60) / (24 * 60), "day");
    }
    if (minutes >= 59) {
      return plural((minutes + 30) / 60, "hour");
    }
    return minutes >= 1 ? plural(minutes, "minute") : "less than a minute";
  }

  private static String plural(long n, String unit) {
    return n + " " + unit + (n == 1 ? "" : "s");
  }

  private static String throughput(ProvisionedThroughput t) {
    if (t == null || t.readCapacityUnits() == null && t.writeCapacityUnits() == null) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    if (t.readCapacityUnits() != null) {
      parts.add(t.readCapacityUnits() + " read");
    }
    if (t.writeCapacityUnits() != null) {
      parts.add(t.writeCapacityUnits() + " write");
    }
    return "(" + String.join(", ", parts) + " capacity units)";
  }

  private static String encryption(SseSpecification sse) {
    if (sse == null) {
      return null;
    }
    return joinPresent(sse.kmsKeyTypeAsString(), sse.kmsMasterKeyId() == null ? null : "key " + sse.kmsMasterKeyId());
  }

  private static String streams(StreamSpecification stream) {
    if (stream == null) {
      return null;
    }
    String state = stream.enabled() == null ? null : stream.enabled() ? "enabled" : "disabled";
    return joinPresent(state, stream.viewTypeAsString() == null ? null : "(" + stream.viewTypeAsString() + ")");
  }

  private static String globalIndex(GlobalSecondaryIndex index) {
    return joinPresent(Objects.requireNonNullElse(index.indexName(), "(unnamed)"),
        "keys " + keys(index.keySchema()) + ";", projection(index.projection()),
        throughput(index.provisionedThroughput()));
  }

  private static String localIndex(LocalSecondaryIndex index) {
    return joinPresent(Objects.requireNonNullElse(index.indexName(), "(unnamed)"),
        "keys " + keys(index.keySchema()) + ";", projection(index.projection()));
  }

  private static String keys(List<KeySchemaElement> keys) {
    return keys.isEmpty() ? "(none)" : keys.stream()
        .map(k -> k.attributeName() + (k.keyTypeAsString() == null ? "" : " (" + k.keyTypeAsString() + ")"))
        .collect(Collectors.joining(", "));
  }

  private static String projection(Projection p) {
    if (p == null || p.projectionTypeAsString() == null) {
      return null;
    }
    return "projection " + p.projectionTypeAsString()
        + (p.nonKeyAttributes().isEmpty() ? "" : " (" + String.join(", ", p.nonKeyAttributes()) + ")");
  }

  private static String replica(Replica r) {
    return joinPresent(Objects.requireNonNullElse(r.regionName(), "(unknown region)"),
        r.replicaTableClassAsString(),
        r.provisionedThroughputOverride() == null || r.provisionedThroughputOverride().readCapacityUnits() == null
            ? null : "(" + r.provisionedThroughputOverride().readCapacityUnits() + " read capacity units)",
        r.kmsMasterKeyId() == null ? null : "key " + r.kmsMasterKeyId());
  }

  private static String onOff(Boolean value) {
    return value == null ? null : value ? "enabled" : "disabled";
  }

  private static String joinPresent(String... parts) {
    String joined = java.util.Arrays.stream(parts).filter(Objects::nonNull).collect(Collectors.joining(" "));
    return joined.isEmpty() ? null : joined;
  }

  private void line(String label, String value) {
    if (value != null) {
      text.append(String.format(Locale.ROOT, "%-22s%s%n", label, value));
    }
  }

  private void section(String title, List<String> items) {
    if (!items.isEmpty()) {
      text.append(title).append(System.lineSeparator());
      items.forEach(item -> text.append("  ").append(item).append(System.lineSeparator()));
    }
  }
}
