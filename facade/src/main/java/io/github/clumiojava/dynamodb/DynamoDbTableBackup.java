package io.github.clumiojava.dynamodb;

import io.github.clumiojava.internal.ModelValues;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One backup of a DynamoDB table: what was backed up, and whether it can still be restored.
 *
 * <p>Every property the service may leave out is documented: scalar and nested values are null
 * when absent, lists and maps are empty, the two timestamps are {@link Optional}.
 *
 * <p>Values from an open set (billing mode, table class, ...) are available twice: as an enum
 * that maps a value this version does not know to {@code UNKNOWN}, and as the string the service
 * sent ({@code ...AsString()}). Properties the service sends that this version does not know at
 * all are kept in {@link #unknownFields()}. Nothing the service adds later fails parsing or is
 * lost.
 *
 * <p>Immutable and thread-safe. Equality is by value: two backups are equal when every field,
 * {@link #unknownFields()} included, is. To describe a backup yourself, for example in a test of
 * code that uses the client, use {@link #builder()}; to change a copy, {@link #toBuilder()}:
 *
 * <pre>{@code
 * DynamoDbTableBackup backup = DynamoDbTableBackup.builder()
 *     .id("backup-1")
 *     .tableName("orders")
 *     .type(BackupType.CLUMIO_BACKUP)
 *     .startTimestamp(Instant.parse("2024-05-01T02:00:00Z"))
 *     .expirationTimestamp(Instant.parse("2024-06-01T02:00:00Z"))
 *     .provisionedThroughput(t -> t.readCapacityUnits(100L).writeCapacityUnits(25L))
 *     .tags(Tag.builder().key("team").value("payments").build())
 *     .build();
 * DynamoDbTableBackup expired = backup.toBuilder().expirationTimestamp(Instant.EPOCH).build();
 * }</pre>
 */
public final class DynamoDbTableBackup {
  private final String id;
  private final String etag;
  private final String tableName;
  private final String tableId;
  private final String accountNativeId;
  private final String awsRegion;
  private final String typeAsString;
  private final Instant startTimestamp;
  private final Instant expirationTimestamp;
  private final Long itemCount;
  private final Long sizeInBytes;
  private final String billingModeAsString;
  private final String tableClassAsString;
  private final String globalTableVersionAsString;
  private final Boolean pitrEnabled;
  private final ProvisionedThroughput provisionedThroughput;
  private final List<GlobalSecondaryIndex> globalSecondaryIndexes;
  private final List<LocalSecondaryIndex> localSecondaryIndexes;
  private final List<Replica> replicas;
  private final SseSpecification sseSpecification;
  private final StreamSpecification streamSpecification;
  private final List<Tag> tags;
  private final String contributorInsightsStatusAsString;
  private final Boolean deletionProtectionEnabled;
  private final BackupLinks links;
  private final Map<String, String> unknownFields;

  private DynamoDbTableBackup(Builder builder) {
    this.id = builder.id;
    this.etag = builder.etag;
    this.tableName = builder.tableName;
    this.tableId = builder.tableId;
    this.accountNativeId = builder.accountNativeId;
    this.awsRegion = builder.awsRegion;
    this.typeAsString = builder.typeAsString;
    this.startTimestamp = builder.startTimestamp;
    this.expirationTimestamp = builder.expirationTimestamp;
    this.itemCount = builder.itemCount;
    this.sizeInBytes = builder.sizeInBytes;
    this.billingModeAsString = builder.billingModeAsString;
    this.tableClassAsString = builder.tableClassAsString;
    this.globalTableVersionAsString = builder.globalTableVersionAsString;
    this.pitrEnabled = builder.pitrEnabled;
    this.provisionedThroughput = builder.provisionedThroughput;
    this.globalSecondaryIndexes = builder.globalSecondaryIndexes;
    this.localSecondaryIndexes = builder.localSecondaryIndexes;
    this.replicas = builder.replicas;
    this.sseSpecification = builder.sseSpecification;
    this.streamSpecification = builder.streamSpecification;
    this.tags = builder.tags;
    this.contributorInsightsStatusAsString = builder.contributorInsightsStatusAsString;
    this.deletionProtectionEnabled = builder.deletionProtectionEnabled;
    this.links = builder.links;
    this.unknownFields = builder.unknownFields;
  }

  /**
   * Returns a new builder with every field absent.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a new builder that holds the values of this backup. Changing the builder does not
   * change this backup.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Returns the Clumio-assigned identifier of the backup.
   *
   * @return the id, or null if absent
   */
  public String id() {
    return id;
  }

  /**
   * Returns an opaque version tag of this representation.
   *
   * @return the tag, or null if absent
   */
  public String etag() {
    return etag;
  }

  /**
   * Returns the table's name in DynamoDB.
   *
   * @return the name, or null if absent
   */
  public String tableName() {
    return tableName;
  }

  /**
   * Returns the Clumio-assigned identifier of the table.
   *
   * @return the id, or null if absent
   */
  public String tableId() {
    return tableId;
  }

  /**
   * Returns the AWS account id that owned the table.
   *
   * @return the account id, or null if absent
   */
  public String accountNativeId() {
    return accountNativeId;
  }

  /**
   * Returns the AWS region of the table.
   *
   * @return the region, or null if absent
   */
  public String awsRegion() {
    return awsRegion;
  }

  /**
   * Returns how the backup was made.
   *
   * @return the value exactly as the service sent it, or null if absent; see {@link #type()}
   */
  public String typeAsString() {
    return typeAsString;
  }

  /**
   * Returns how the backup was made.
   *
   * @return the value, {@link BackupType#UNKNOWN} for a value this version does not know, or null
   *     if absent
   */
  public BackupType type() {
    return BackupType.fromValue(typeAsString);
  }

  /**
   * Returns when the backup started.
   *
   * @return the start; empty if absent
   */
  public Optional<Instant> startTimestamp() {
    return Optional.ofNullable(startTimestamp);
  }

  /**
   * Returns when the backup expires.
   *
   * @return the expiry; empty if the backup never expires
   */
  public Optional<Instant> expirationTimestamp() {
    return Optional.ofNullable(expirationTimestamp);
  }

  /**
   * Returns how many items the backup holds.
   *
   * @return the count, or null if absent
   */
  public Long itemCount() {
    return itemCount;
  }

  /**
   * Returns the size of the backup in bytes.
   *
   * @return the size, or null if absent
   */
  public Long sizeInBytes() {
    return sizeInBytes;
  }

  /**
   * Returns how the table was billed.
   *
   * @return the value exactly as the service sent it, or null if absent; see {@link #billingMode()}
   */
  public String billingModeAsString() {
    return billingModeAsString;
  }

  /**
   * Returns how the table was billed.
   *
   * @return the value, {@link BillingMode#UNKNOWN} for a value this version does not know, or null
   *     if absent
   */
  public BillingMode billingMode() {
    return BillingMode.fromValue(billingModeAsString);
  }

  /**
   * Returns the table's storage class.
   *
   * @return the value exactly as the service sent it, or null if absent; see {@link #tableClass()}
   */
  public String tableClassAsString() {
    return tableClassAsString;
  }

  /**
   * Returns the table's storage class.
   *
   * @return the value, {@link TableClass#UNKNOWN} for a value this version does not know, or null
   *     if absent
   */
  public TableClass tableClass() {
    return TableClass.fromValue(tableClassAsString);
  }

  /**
   * Returns the global tables version of a replicated table.
   *
   * @return the value exactly as the service sent it, or null if the table is not a global table;
   *     see {@link #globalTableVersion()}
   */
  public String globalTableVersionAsString() {
    return globalTableVersionAsString;
  }

  /**
   * Returns the global tables version of a replicated table.
   *
   * @return the version, {@link GlobalTableVersion#UNKNOWN} for a value this version does not know,
   *     or null if the table is not a global table
   */
  public GlobalTableVersion globalTableVersion() {
    return GlobalTableVersion.fromValue(globalTableVersionAsString);
  }

  /**
   * Returns whether point-in-time recovery was on.
   *
   * @return whether it was on, or null if absent
   */
  public Boolean pitrEnabled() {
    return pitrEnabled;
  }

  /**
   * Returns the table's provisioned capacity.
   *
   * @return the capacity, or null if absent
   */
  public ProvisionedThroughput provisionedThroughput() {
    return provisionedThroughput;
  }

  /**
   * Returns the table's global secondary indexes.
   *
   * @return an unmodifiable list; never null, empty when absent
   */
  public List<GlobalSecondaryIndex> globalSecondaryIndexes() {
    return globalSecondaryIndexes;
  }

  /**
   * Returns the table's local secondary indexes.
   *
   * @return an unmodifiable list; never null, empty when absent
   */
  public List<LocalSecondaryIndex> localSecondaryIndexes() {
    return localSecondaryIndexes;
  }

  /**
   * Returns the table's replicas in other regions.
   *
   * @return an unmodifiable list; never null, empty when absent
   */
  public List<Replica> replicas() {
    return replicas;
  }

  /**
   * Returns the table's server-side encryption.
   *
   * @return the encryption, or null if absent
   */
  public SseSpecification sseSpecification() {
    return sseSpecification;
  }

  /**
   * Returns the table's DynamoDB Streams settings.
   *
   * @return the settings, or null if absent
   */
  public StreamSpecification streamSpecification() {
    return streamSpecification;
  }

  /**
   * Returns the table's AWS tags in the order sent.
   *
   * @return an unmodifiable list; never null, empty when absent; see {@link #tagsAsMap()}
   */
  public List<Tag> tags() {
    return tags;
  }

  /**
   * Returns whether CloudWatch Contributor Insights was on for the table.
   *
   * @return the value exactly as the service sent it, or null if absent; see {@link
   *     #contributorInsightsStatus()}
   */
  public String contributorInsightsStatusAsString() {
    return contributorInsightsStatusAsString;
  }

  /**
   * Returns whether CloudWatch Contributor Insights was on for the table.
   *
   * @return the value, {@link ContributorInsightsStatus#UNKNOWN} for a value this version does not
   *     know, or null if absent
   */
  public ContributorInsightsStatus contributorInsightsStatus() {
    return ContributorInsightsStatus.fromValue(contributorInsightsStatusAsString);
  }

  /**
   * Returns whether deletion protection was on.
   *
   * @return whether it was on, or null if absent
   */
  public Boolean deletionProtectionEnabled() {
    return deletionProtectionEnabled;
  }

  /**
   * Returns the HAL links of the backup.
   *
   * @return the links; never null, {@link BackupLinks#NONE} when absent
   */
  public BackupLinks links() {
    return links;
  }

  /**
   * Returns the properties this version of the library does not know.
   *
   * @return an unmodifiable map keyed by each property's path in the backup object (for example
   *     {@code new_field} or {@code replicas[0].new_field}), each value as its JSON text, in the
   *     order read; never null, empty when there are none
   */
  public Map<String, String> unknownFields() {
    return unknownFields;
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
    return expirationTimestamp != null && !expirationTimestamp.isAfter(now);
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
    return expirationTimestamp().map(expiry -> Duration.between(now, expiry));
  }

  /**
   * Returns whether {@code other} is a {@code DynamoDbTableBackup} with equal values in every
   * field.
   *
   * @param other the object to compare with, or null
   * @return true if every field is equal
   */
  @Override
  public boolean equals(Object other) {
    return other == this || other instanceof DynamoDbTableBackup that
        && Objects.equals(id, that.id)
        && Objects.equals(etag, that.etag)
        && Objects.equals(tableName, that.tableName)
        && Objects.equals(tableId, that.tableId)
        && Objects.equals(accountNativeId, that.accountNativeId)
        && Objects.equals(awsRegion, that.awsRegion)
        && Objects.equals(typeAsString, that.typeAsString)
        && Objects.equals(startTimestamp, that.startTimestamp)
        && Objects.equals(expirationTimestamp, that.expirationTimestamp)
        && Objects.equals(itemCount, that.itemCount)
        && Objects.equals(sizeInBytes, that.sizeInBytes)
        && Objects.equals(billingModeAsString, that.billingModeAsString)
        && Objects.equals(tableClassAsString, that.tableClassAsString)
        && Objects.equals(globalTableVersionAsString, that.globalTableVersionAsString)
        && Objects.equals(pitrEnabled, that.pitrEnabled)
        && Objects.equals(provisionedThroughput, that.provisionedThroughput)
        && Objects.equals(globalSecondaryIndexes, that.globalSecondaryIndexes)
        && Objects.equals(localSecondaryIndexes, that.localSecondaryIndexes)
        && Objects.equals(replicas, that.replicas)
        && Objects.equals(sseSpecification, that.sseSpecification)
        && Objects.equals(streamSpecification, that.streamSpecification)
        && Objects.equals(tags, that.tags)
        && Objects.equals(contributorInsightsStatusAsString, that.contributorInsightsStatusAsString)
        && Objects.equals(deletionProtectionEnabled, that.deletionProtectionEnabled)
        && Objects.equals(links, that.links)
        && Objects.equals(unknownFields, that.unknownFields);
  }

  /**
   * Returns a hash code computed from every field.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(id, etag, tableName, tableId, accountNativeId, awsRegion, typeAsString,
        startTimestamp, expirationTimestamp, itemCount, sizeInBytes, billingModeAsString,
        tableClassAsString, globalTableVersionAsString, pitrEnabled, provisionedThroughput,
        globalSecondaryIndexes, localSecondaryIndexes, replicas, sseSpecification,
        streamSpecification, tags, contributorInsightsStatusAsString, deletionProtectionEnabled,
        links, unknownFields);
  }

  /**
   * Returns every field by name, in the form {@code DynamoDbTableBackup[name=value, ...]}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "DynamoDbTableBackup[id=" + id
        + ", etag=" + etag
        + ", tableName=" + tableName
        + ", tableId=" + tableId
        + ", accountNativeId=" + accountNativeId
        + ", awsRegion=" + awsRegion
        + ", typeAsString=" + typeAsString
        + ", startTimestamp=" + Optional.ofNullable(startTimestamp)
        + ", expirationTimestamp=" + Optional.ofNullable(expirationTimestamp)
        + ", itemCount=" + itemCount
        + ", sizeInBytes=" + sizeInBytes
        + ", billingModeAsString=" + billingModeAsString
        + ", tableClassAsString=" + tableClassAsString
        + ", globalTableVersionAsString=" + globalTableVersionAsString
        + ", pitrEnabled=" + pitrEnabled
        + ", provisionedThroughput=" + provisionedThroughput
        + ", globalSecondaryIndexes=" + globalSecondaryIndexes
        + ", localSecondaryIndexes=" + localSecondaryIndexes
        + ", replicas=" + replicas
        + ", sseSpecification=" + sseSpecification
        + ", streamSpecification=" + streamSpecification
        + ", tags=" + tags
        + ", contributorInsightsStatusAsString=" + contributorInsightsStatusAsString
        + ", deletionProtectionEnabled=" + deletionProtectionEnabled
        + ", links=" + links
        + ", unknownFields=" + unknownFields
        + "]";
  }

  /**
   * Builds a {@link DynamoDbTableBackup}. Setters are named like the accessors; each takes null as
   * absent, and a later call replaces an earlier one. Lists are copied when set; a list set to null
   * becomes empty.
   *
   * <p>A builder is mutable and not thread-safe: use it from one thread at a time.
   */
  public static final class Builder {
    private String id;
    private String etag;
    private String tableName;
    private String tableId;
    private String accountNativeId;
    private String awsRegion;
    private String typeAsString;
    private Instant startTimestamp;
    private Instant expirationTimestamp;
    private Long itemCount;
    private Long sizeInBytes;
    private String billingModeAsString;
    private String tableClassAsString;
    private String globalTableVersionAsString;
    private Boolean pitrEnabled;
    private ProvisionedThroughput provisionedThroughput;
    private List<GlobalSecondaryIndex> globalSecondaryIndexes = List.of();
    private List<LocalSecondaryIndex> localSecondaryIndexes = List.of();
    private List<Replica> replicas = List.of();
    private SseSpecification sseSpecification;
    private StreamSpecification streamSpecification;
    private List<Tag> tags = List.of();
    private String contributorInsightsStatusAsString;
    private Boolean deletionProtectionEnabled;
    private BackupLinks links = BackupLinks.NONE;
    private Map<String, String> unknownFields = Map.of();

    private Builder() {}

    private Builder(DynamoDbTableBackup original) {
      this.id = original.id;
      this.etag = original.etag;
      this.tableName = original.tableName;
      this.tableId = original.tableId;
      this.accountNativeId = original.accountNativeId;
      this.awsRegion = original.awsRegion;
      this.typeAsString = original.typeAsString;
      this.startTimestamp = original.startTimestamp;
      this.expirationTimestamp = original.expirationTimestamp;
      this.itemCount = original.itemCount;
      this.sizeInBytes = original.sizeInBytes;
      this.billingModeAsString = original.billingModeAsString;
      this.tableClassAsString = original.tableClassAsString;
      this.globalTableVersionAsString = original.globalTableVersionAsString;
      this.pitrEnabled = original.pitrEnabled;
      this.provisionedThroughput = original.provisionedThroughput;
      this.globalSecondaryIndexes = original.globalSecondaryIndexes;
      this.localSecondaryIndexes = original.localSecondaryIndexes;
      this.replicas = original.replicas;
      this.sseSpecification = original.sseSpecification;
      this.streamSpecification = original.streamSpecification;
      this.tags = original.tags;
      this.contributorInsightsStatusAsString = original.contributorInsightsStatusAsString;
      this.deletionProtectionEnabled = original.deletionProtectionEnabled;
      this.links = original.links;
      this.unknownFields = original.unknownFields;
    }

    /**
     * Sets the Clumio-assigned identifier of the backup.
     *
     * @param id the value, or null for absent
     * @return this builder
     */
    public Builder id(String id) {
      this.id = id;
      return this;
    }

    /**
     * Sets an opaque version tag of this representation.
     *
     * @param etag the value, or null for absent
     * @return this builder
     */
    public Builder etag(String etag) {
      this.etag = etag;
      return this;
    }

    /**
     * Sets the table's name in DynamoDB.
     *
     * @param tableName the value, or null for absent
     * @return this builder
     */
    public Builder tableName(String tableName) {
      this.tableName = tableName;
      return this;
    }

    /**
     * Sets the Clumio-assigned identifier of the table.
     *
     * @param tableId the value, or null for absent
     * @return this builder
     */
    public Builder tableId(String tableId) {
      this.tableId = tableId;
      return this;
    }

    /**
     * Sets the AWS account id that owned the table.
     *
     * @param accountNativeId the value, or null for absent
     * @return this builder
     */
    public Builder accountNativeId(String accountNativeId) {
      this.accountNativeId = accountNativeId;
      return this;
    }

    /**
     * Sets the AWS region of the table.
     *
     * @param awsRegion the value, or null for absent
     * @return this builder
     */
    public Builder awsRegion(String awsRegion) {
      this.awsRegion = awsRegion;
      return this;
    }

    /**
     * Sets how the backup was made as the string the service sends, which may be one this version
     * does not know.
     *
     * @param typeAsString the wire string, or null for absent
     * @return this builder
     * @see #type(BackupType)
     */
    public Builder typeAsString(String typeAsString) {
      this.typeAsString = typeAsString;
      return this;
    }

    /**
     * Sets how the backup was made as a constant; the same as {@code typeAsString(value.value())}.
     *
     * @param value the constant, or null for absent
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is {@link BackupType#UNKNOWN}, which has no
     *     wire string; set such a value with {@link #typeAsString(String)}
     */
    public Builder type(BackupType value) {
      this.typeAsString = value == null ? null
          : ModelValues.requireWireValue("type", value.value());
      return this;
    }

    /**
     * Sets when the backup started.
     *
     * @param startTimestamp the instant, or null for absent
     * @return this builder
     */
    public Builder startTimestamp(Instant startTimestamp) {
      this.startTimestamp = startTimestamp;
      return this;
    }

    /**
     * Sets when the backup expires.
     *
     * @param expirationTimestamp the instant, or null for absent
     * @return this builder
     */
    public Builder expirationTimestamp(Instant expirationTimestamp) {
      this.expirationTimestamp = expirationTimestamp;
      return this;
    }

    /**
     * Sets how many items the backup holds.
     *
     * @param itemCount the value, or null for absent
     * @return this builder
     */
    public Builder itemCount(Long itemCount) {
      this.itemCount = itemCount;
      return this;
    }

    /**
     * Sets the size of the backup in bytes.
     *
     * @param sizeInBytes the value, or null for absent
     * @return this builder
     */
    public Builder sizeInBytes(Long sizeInBytes) {
      this.sizeInBytes = sizeInBytes;
      return this;
    }

    /**
     * Sets how the table was billed as the string the service sends, which may be one this version
     * does not know.
     *
     * @param billingModeAsString the wire string, or null for absent
     * @return this builder
     * @see #billingMode(BillingMode)
     */
    public Builder billingModeAsString(String billingModeAsString) {
      this.billingModeAsString = billingModeAsString;
      return this;
    }

    /**
     * Sets how the table was billed as a constant; the same as {@code
     * billingModeAsString(value.value())}.
     *
     * @param value the constant, or null for absent
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is {@link BillingMode#UNKNOWN}, which has
     *     no wire string; set such a value with {@link #billingModeAsString(String)}
     */
    public Builder billingMode(BillingMode value) {
      this.billingModeAsString = value == null ? null
          : ModelValues.requireWireValue("billingMode", value.value());
      return this;
    }

    /**
     * Sets the table's storage class as the string the service sends, which may be one this version
     * does not know.
     *
     * @param tableClassAsString the wire string, or null for absent
     * @return this builder
     * @see #tableClass(TableClass)
     */
    public Builder tableClassAsString(String tableClassAsString) {
      this.tableClassAsString = tableClassAsString;
      return this;
    }

    /**
     * Sets the table's storage class as a constant; the same as {@code
     * tableClassAsString(value.value())}.
     *
     * @param value the constant, or null for absent
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is {@link TableClass#UNKNOWN}, which has no
     *     wire string; set such a value with {@link #tableClassAsString(String)}
     */
    public Builder tableClass(TableClass value) {
      this.tableClassAsString = value == null ? null
          : ModelValues.requireWireValue("tableClass", value.value());
      return this;
    }

    /**
     * Sets the global tables version of a replicated table as the string the service sends, which
     * may be one this version does not know.
     *
     * @param globalTableVersionAsString the wire string, or null for absent
     * @return this builder
     * @see #globalTableVersion(GlobalTableVersion)
     */
    public Builder globalTableVersionAsString(String globalTableVersionAsString) {
      this.globalTableVersionAsString = globalTableVersionAsString;
      return this;
    }

    /**
     * Sets the global tables version of a replicated table as a constant; the same as {@code
     * globalTableVersionAsString(value.value())}.
     *
     * @param value the constant, or null for absent
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is {@link GlobalTableVersion#UNKNOWN},
     *     which has no wire string; set such a value with {@link
     *     #globalTableVersionAsString(String)}
     */
    public Builder globalTableVersion(GlobalTableVersion value) {
      this.globalTableVersionAsString = value == null ? null
          : ModelValues.requireWireValue("globalTableVersion", value.value());
      return this;
    }

    /**
     * Sets whether point-in-time recovery was on.
     *
     * @param pitrEnabled the value, or null for absent
     * @return this builder
     */
    public Builder pitrEnabled(Boolean pitrEnabled) {
      this.pitrEnabled = pitrEnabled;
      return this;
    }

    /**
     * Sets the table's provisioned capacity.
     *
     * @param provisionedThroughput the value, or null for absent
     * @return this builder
     */
    public Builder provisionedThroughput(ProvisionedThroughput provisionedThroughput) {
      this.provisionedThroughput = provisionedThroughput;
      return this;
    }

    /**
     * Sets the table's provisioned capacity to one built on a new {@link
     * ProvisionedThroughput.Builder}, as in {@code
     * provisionedThroughput(ProvisionedThroughput.builder()...build())}.
     *
     * @param fill fills the new builder
     * @return this builder
     * @throws NullPointerException if {@code fill} is null
     */
    public Builder provisionedThroughput(Consumer<ProvisionedThroughput.Builder> fill) {
      ProvisionedThroughput.Builder builder = ProvisionedThroughput.builder();
      fill.accept(builder);
      return provisionedThroughput(builder.build());
    }

    /**
     * Sets the table's global secondary indexes, in order.
     *
     * @param globalSecondaryIndexes the elements, or null for none
     * @return this builder
     * @throws NullPointerException if an element is null
     */
    public Builder globalSecondaryIndexes(Collection<? extends GlobalSecondaryIndex> globalSecondaryIndexes) {
      this.globalSecondaryIndexes = ModelValues.listCopy("globalSecondaryIndexes", globalSecondaryIndexes);
      return this;
    }

    /**
     * Sets the table's global secondary indexes, in order.
     *
     * @param globalSecondaryIndexes the elements, or null for none
     * @return this builder
     * @throws NullPointerException if an element is null
     */
    public Builder globalSecondaryIndexes(GlobalSecondaryIndex... globalSecondaryIndexes) {
      return globalSecondaryIndexes(globalSecondaryIndexes == null ? null : Arrays.asList(globalSecondaryIndexes));
    }

    /**
     * Sets the table's local secondary indexes, in order.
     *
     * @param localSecondaryIndexes the elements, or null for none
     * @return this builder
     * @throws NullPointerException if an element is null
     */
    public Builder localSecondaryIndexes(Collection<? extends LocalSecondaryIndex> localSecondaryIndexes) {
      this.localSecondaryIndexes = ModelValues.listCopy("localSecondaryIndexes", localSecondaryIndexes);
      return this;
    }

    /**
     * Sets the table's local secondary indexes, in order.
     *
     * @param localSecondaryIndexes the elements, or null for none
     * @return this builder
     * @throws NullPointerException if an element is null
     */
    public Builder localSecondaryIndexes(LocalSecondaryIndex... localSecondaryIndexes) {
      return localSecondaryIndexes(localSecondaryIndexes == null ? null : Arrays.asList(localSecondaryIndexes));
    }

    /**
     * Sets the table's replicas in other regions, in order.
     *
     * @param replicas the elements, or null for none
     * @return this builder
     * @throws NullPointerException if an element is null
     */
    public Builder replicas(Collection<? extends Replica> replicas) {
      this.replicas = ModelValues.listCopy("replicas", replicas);
      return this;
    }

    /**
     * Sets the table's replicas in other regions, in order.
     *
     * @param replicas the elements, or null for none
     * @return this builder
     * @throws NullPointerException if an element is null
     */
    public Builder replicas(Replica... replicas) {
      return replicas(replicas == null ? null : Arrays.asList(replicas));
    }

    /**
     * Sets the table's server-side encryption.
     *
     * @param sseSpecification the value, or null for absent
     * @return this builder
     */
    public Builder sseSpecification(SseSpecification sseSpecification) {
      this.sseSpecification = sseSpecification;
      return this;
    }

    /**
     * Sets the table's server-side encryption to one built on a new {@link
     * SseSpecification.Builder}, as in {@code
     * sseSpecification(SseSpecification.builder()...build())}.
     *
     * @param fill fills the new builder
     * @return this builder
     * @throws NullPointerException if {@code fill} is null
     */
    public Builder sseSpecification(Consumer<SseSpecification.Builder> fill) {
      SseSpecification.Builder builder = SseSpecification.builder();
      fill.accept(builder);
      return sseSpecification(builder.build());
    }

    /**
     * Sets the table's DynamoDB Streams settings.
     *
     * @param streamSpecification the value, or null for absent
     * @return this builder
     */
    public Builder streamSpecification(StreamSpecification streamSpecification) {
      this.streamSpecification = streamSpecification;
      return this;
    }

    /**
     * Sets the table's DynamoDB Streams settings to one built on a new {@link
     * StreamSpecification.Builder}, as in {@code
     * streamSpecification(StreamSpecification.builder()...build())}.
     *
     * @param fill fills the new builder
     * @return this builder
     * @throws NullPointerException if {@code fill} is null
     */
    public Builder streamSpecification(Consumer<StreamSpecification.Builder> fill) {
      StreamSpecification.Builder builder = StreamSpecification.builder();
      fill.accept(builder);
      return streamSpecification(builder.build());
    }

    /**
     * Sets the table's AWS tags in the order sent, in order.
     *
     * @param tags the elements, or null for none
     * @return this builder
     * @throws NullPointerException if an element is null
     */
    public Builder tags(Collection<? extends Tag> tags) {
      this.tags = ModelValues.listCopy("tags", tags);
      return this;
    }

    /**
     * Sets the table's AWS tags in the order sent, in order.
     *
     * @param tags the elements, or null for none
     * @return this builder
     * @throws NullPointerException if an element is null
     */
    public Builder tags(Tag... tags) {
      return tags(tags == null ? null : Arrays.asList(tags));
    }

    /**
     * Sets whether CloudWatch Contributor Insights was on for the table as the string the service
     * sends, which may be one this version does not know.
     *
     * @param contributorInsightsStatusAsString the wire string, or null for absent
     * @return this builder
     * @see #contributorInsightsStatus(ContributorInsightsStatus)
     */
    public Builder contributorInsightsStatusAsString(String contributorInsightsStatusAsString) {
      this.contributorInsightsStatusAsString = contributorInsightsStatusAsString;
      return this;
    }

    /**
     * Sets whether CloudWatch Contributor Insights was on for the table as a constant; the same as
     * {@code contributorInsightsStatusAsString(value.value())}.
     *
     * @param value the constant, or null for absent
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is {@link
     *     ContributorInsightsStatus#UNKNOWN}, which has no wire string; set such a value with
     *     {@link #contributorInsightsStatusAsString(String)}
     */
    public Builder contributorInsightsStatus(ContributorInsightsStatus value) {
      this.contributorInsightsStatusAsString = value == null ? null
          : ModelValues.requireWireValue("contributorInsightsStatus", value.value());
      return this;
    }

    /**
     * Sets whether deletion protection was on.
     *
     * @param deletionProtectionEnabled the value, or null for absent
     * @return this builder
     */
    public Builder deletionProtectionEnabled(Boolean deletionProtectionEnabled) {
      this.deletionProtectionEnabled = deletionProtectionEnabled;
      return this;
    }

    /**
     * Sets the HAL links of the backup.
     *
     * @param links the value, or null for none ({@link BackupLinks#NONE})
     * @return this builder
     */
    public Builder links(BackupLinks links) {
      this.links = links == null ? BackupLinks.NONE : links;
      return this;
    }

    /**
     * Sets the HAL links of the backup to one built on a new {@link BackupLinks.Builder}, as in
     * {@code links(BackupLinks.builder()...build())}.
     *
     * @param fill fills the new builder
     * @return this builder
     * @throws NullPointerException if {@code fill} is null
     */
    public Builder links(Consumer<BackupLinks.Builder> fill) {
      BackupLinks.Builder builder = BackupLinks.builder();
      fill.accept(builder);
      return links(builder.build());
    }

    /**
     * Sets the properties this version of the library does not know.
     *
     * @param unknownFields the entries, in the order to keep, or null for none
     * @return this builder
     */
    public Builder unknownFields(Map<String, String> unknownFields) {
      this.unknownFields = ModelValues.mapCopy(unknownFields);
      return this;
    }

    /**
     * Builds the backup. No field is required, as the service may leave out any: what was not set
     * is absent (null, empty, or {@link BackupLinks#NONE} for the links).
     *
     * @return a new immutable backup
     */
    public DynamoDbTableBackup build() {
      return new DynamoDbTableBackup(this);
    }
  }
}
