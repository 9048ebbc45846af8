/**
 * Reading backups of DynamoDB tables: {@link io.github.clumiojava.dynamodb.DynamoDbBackupClient},
 * built with {@link io.github.clumiojava.dynamodb.DynamoDbBackupClientBuilder}, returns {@link
 * io.github.clumiojava.dynamodb.DynamoDbTableBackup} and the immutable value types it is made
 * of.
 */
package io.github.clumiojava.dynamodb;
