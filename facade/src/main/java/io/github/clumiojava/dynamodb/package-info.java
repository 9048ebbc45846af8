/**
 * Reading backups of DynamoDB tables: {@link io.github.clumiojava.dynamodb.DynamoDbBackupClient},
 * built with {@link io.github.clumiojava.dynamodb.DynamoDbBackupClientBuilder}, returns {@link
 * io.github.clumiojava.dynamodb.DynamoDbTableBackup} and the immutable value types it is made
 * of.
 *
 * <p>Every model type has a static {@code builder()} and an instance {@code toBuilder()}, whose
 * setters are named like its accessors; there are no public constructors, so adding a field the
 * API gains breaks no caller. No field is required: what a builder was not given is absent, as
 * when the service leaves it out. Built values are immutable and thread-safe, with equality by
 * value; builders are mutable and not thread-safe.
 */
package io.github.clumiojava.dynamodb;
