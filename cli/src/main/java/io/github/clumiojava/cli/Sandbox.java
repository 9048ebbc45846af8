package io.github.clumiojava.cli;

import io.github.clumiojava.dynamodb.DynamoDbTableBackup;
import io.github.clumiojava.testkit.FakeClumio;
import io.github.clumiojava.testkit.RecordedRequest;
import java.time.Clock;
import java.util.List;

/**
 * An embedded fake of the Clumio API on a loopback port: the test kit's {@link FakeClumio},
 * holding the {@link SandboxBackups sandbox's backups} and accepting any bearer token. It serves a
 * few realistic backups and one table with {@value #TABLE_BACKUPS} backups, whose dates are
 * relative to the moment it starts, through the read and the list operations, and answers any
 * other id with 404.
 */
final class Sandbox implements AutoCloseable {
  /** A backup with indexes, replicas and tags, expiring in 12 days. */
  static final String ACTIVE = "sandbox-orders-active";
  /** A backup that expired 3 days ago. */
  static final String EXPIRED = "sandbox-sessions-expired";
  /** A backup with fields and enum values newer than the spec. */
  static final String NEWER = "sandbox-events-newer";
  static final List<String> SAMPLE_IDS = List.of(ACTIVE, EXPIRED, NEWER);
  /**
   * The table whose backups the sandbox lists: a Clumio backup every 6 hours kept 45 days, a
   * daily AWS snapshot kept 30 days, a manual snapshot kept until deleted, and, newest of all, an
   * on-demand backup that has already expired. Its backups are {@code sandbox-invoices-001}
   * (oldest) to {@code sandbox-invoices-251} (newest), and {@code get} reads each of them.
   */
  static final String TABLE_ID = "sandbox-invoices";
  /** How many backups {@link #TABLE_ID} has: three pages of the list's default 100. */
  static final int TABLE_BACKUPS = 251;
  /** The token the tool sends to the sandbox; the sandbox accepts any. */
  static final String TOKEN = "sandbox-token";

  private final FakeClumio fake;
  private final List<DynamoDbTableBackup> backups;

  private Sandbox(FakeClumio fake, List<DynamoDbTableBackup> backups) {
    this.fake = fake;
    this.backups = backups;
  }

  /**
   * Starts the sandbox.
   *
   * @param port the loopback port, or 0 for a free one
   * @param clock the present that the backups' times are counted from
   */
  static Sandbox start(int port, Clock clock) {
    List<DynamoDbTableBackup> backups = SandboxBackups.load(clock);
    FakeClumio fake = FakeClumio.create().port(port).acceptAnyApiToken();
    backups.forEach(fake::addBackup);
    return new Sandbox(fake.start(), backups);
  }

  /** The base URL to point a client at. */
  String baseUrl() {
    return fake.baseUrl();
  }

  /** The requests the sandbox has received, oldest first. */
  List<RecordedRequest> requests() {
    return fake.requests();
  }

  /** Forgets the requests received so far; the backups stay as they were. */
  void forgetRequests() {
    fake.reset();
    backups.forEach(fake::addBackup);
  }

  @Override
  public void close() {
    fake.close();
  }
}
