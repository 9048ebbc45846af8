package io.github.clumiojava.dynamodb;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One backup of a DynamoDB table: what was backed up, and whether it can still be restored.
 *
 * <p>Immutable and thread-safe. Every property the service may leave out is documented: scalar
 * and nested values are null when absent, lists and maps are empty, the two timestamps are
 * {@link Optional}.
 *
 * <p>Values from an open set (billing mode, table class, ...) are available twice: as an enum
 * that maps a value this version does not know to {@code UNKNOWN}, and as the string the service
 * sent ({@code ...AsString()}). Properties the service sends that this version does not know at
 * all are kept in {@link #unknownFields()}. Nothing the service adds later fails parsing or is
 * lost.
 *
 * @param id the Clumio-assigned identifier of the backup, or null if absent
 * @param etag an opaque version tag of this representation, or null if absent
 * @param tableName the table's name in DynamoDB, or null if absent
 * @param tableId the Clumio-assigned identifier of the table, or null if absent
 * @param accountNativeId the AWS account id that owned the table, or null if absent
 * @param awsRegion the AWS region of the table, or null if absent
 * @param typeAsString the backup type exactly as the service sent it, or null; see {@link #type()}
 * @param startTimestamp when the backup started; empty if absent
 * @param expirationTimestamp when the backup expires; empty if the backup never expires
 * @param itemCount how many items the backup holds, or null if absent
 * @param sizeInBytes the size of the backup in bytes, or null if absent
 * @param billingModeAsString the billing mode exactly as sent, or null; see {@link #billingMode()}
 * @param tableClassAsString the table class exactly as sent, or null; see {@link #tableClass()}
 * @param globalTableVersionAsString the global tables version exactly as sent, or null (not a
 *     global table); see {@link #globalTableVersion()}
 * @param pitrEnabled whether point-in-time recovery was on, or null if absent
 * @param provisionedThroughput the table's provisioned capacity, or null if absent
 * @param globalSecondaryIndexes the table's global secondary indexes; never null
 * @param localSecondaryIndexes the table's local secondary indexes; never null
 * @param replicas the table's replicas in other regions; never null
 * @param sseSpecification the table's server-side encryption, or null if absent
 * @param streamSpecification the table's DynamoDB Streams settings, or null if absent
 * @param tags the table's AWS tags in the order sent; never null; see {@link #tagsAsMap()}
 * @param contributorInsightsStatusAsString the Contributor Insights status exactly as sent, or
 *     null; see {@link #contributorInsightsStatus()}
 * @param deletionProtectionEnabled whether deletion protection was on, or null if absent
 * @param links the HAL links of the backup; never null, {@link BackupLinks#NONE} when absent
 * @param unknownFields properties this version of the library does not know, keyed by their path
 *     in the backup object (for example {@code new_field} or {@code replicas[0].new_field}), each
 *     value as its JSON text; never null
 */
public record DynamoDbTableBackup(
    String id,
    String etag,
    String tableName,
    String tableId,
    String accountNativeId,
    String awsRegion,
    String typeAsString,
    Optional<Instant> startTimestamp,
    Optional<Instant> expirationTimestamp,
    Long itemCount,
    Long sizeInBytes,
    String billingModeAsString,
    String tableClassAsString,
    String globalTableVersionAsString,
    Boolean pitrEnabled,
    ProvisionedThroughput provisionedThroughput,
    List<GlobalSecondaryIndex> globalSecondaryIndexes,
    List<LocalSecondaryIndex> localSecondaryIndexes,
    List<Replica> replicas,
    SseSpecification sseSpecification,
    StreamSpecification streamSpecification,
    List<Tag> tags,
    String contributorInsightsStatusAsString,
    Boolean deletionProtectionEnabled,
    BackupLinks links,
    Map<String, String> unknownFields) {

  /**
   * Creates a backup description. Meant for the library and for tests of code that uses it.
   *
   * @throws NullPointerException if a list, map, timestamp {@code Optional} or {@code links} is
   *     null, or a list holds a null element
   */
  public DynamoDbTableBackup {
    Objects.requireNonNull(startTimestamp, "startTimestamp");
    Objects.requireNonNull(expirationTimestamp, "expirationTimestamp");
    Objects.requireNonNull(links, "links");
    globalSecondaryIndexes = List.copyOf(globalSecondaryIndexes);
    localSecondaryIndexes = List.copyOf(localSecondaryIndexes);
    replicas = List.copyOf(replicas);
    tags = List.copyOf(tags);
    unknownFields = Collections.unmodifiableMap(new LinkedHashMap<>(unknownFields));
  }

  /**
   * Returns how the backup was made.
   *
   * @return the type, {@link BackupType#UNKNOWN} for a value this version does not know, or null
   *     if absent
   */
  public BackupType type() {
    return BackupType.fromValue(typeAsString);
  }

  /**
   * Returns how the table was billed.
   *
   * @return the mode, {@link BillingMode#UNKNOWN} for a value this version does not know, or null
   *     if absent
   */
  public BillingMode billingMode() {
    return BillingMode.fromValue(billingModeAsString);
  }

  /**
   * Returns the table's storage class.
   *
   * @return the class, {@link TableClass#UNKNOWN} for a value this version does not know, or null
   *     if absent
   */
  public TableClass tableClass() {
    return TableClass.fromValue(tableClassAsString);
  }

  /**
   * Returns the global tables version of a replicated table.
   *
   * @return the version, {@link GlobalTableVersion#UNKNOWN} for a value this version does not
   *     know, or null if the table is not a global table
   */
  public GlobalTableVersion globalTableVersion() {
    return GlobalTableVersion.fromValue(globalTableVersionAsString);
  }

  /**
   * Returns whether CloudWatch Contributor Insights was on for the table.
   *
   * @return the status, {@link ContributorInsightsStatus#UNKNOWN} for a value this version does
   *     not know, or null if absent
   */
  public ContributorInsightsStatus contributorInsightsStatus() {
    return ContributorInsightsStatus.fromValue(contributorInsightsStatusAsString);
  }

  /**
   * Returns the tags as a map from key to value, in the order the service sent them. Tags without
   * a key are left out; a tag without a value maps to the empty string; of two tags with the same
   * key, the later one wins.
   *
   * @return an immutable map; never null
   */
  public Map<String, String> tagsAsMap() {
    Map<String, String> map = new LinkedHashMap<>();
    for (Tag tag : tags) {
      if (tag.key() != null) {
        map.put(tag.key(), tag.value() == null ? "" : tag.value());
      }
    }
    return Collections.unmodifiableMap(map);
  }

  /**
   * Returns whether the backup has expired, by the system clock. Same as {@code
   * isExpired(Clock.systemUTC())}.
   *
   * @return true if the backup has an expiration timestamp that is now or in the past; false if
   *     it expires later or has no expiration timestamp (it never expires)
   */
  public boolean isExpired() {
    return isExpired(Clock.systemUTC());
  }

  /**
   * Returns whether the backup has expired by the given clock. A backup expires at its expiration
   * timestamp exactly: at that instant it is already expired. A backup without an expiration
   * timestamp never expires.
   *
   * @param clock the clock to read the current instant from
   * @return true if the expiration timestamp is present and not after {@code clock.instant()}
   * @throws NullPointerException if {@code clock} is null
   */
  public boolean isExpired(Clock clock) {
    Instant now = clock.instant();
    return expirationTimestamp.map(expiry -> !expiry.isAfter(now)).orElse(false);
  }

  /**
   * Returns how long until the backup expires, by the given clock.
   *
   * @param clock the clock to read the current instant from
   * @return the time left, negative or zero once expired; empty if the backup never expires
   *     (has no expiration timestamp)
   * @throws NullPointerException if {@code clock} is null
   */
  public Optional<Duration> expiresIn(Clock clock) {
    Instant now = clock.instant();
    return expirationTimestamp.map(expiry -> Duration.between(now, expiry));
  }
}
