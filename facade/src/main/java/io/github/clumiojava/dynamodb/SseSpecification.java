package io.github.clumiojava.dynamodb;

/**
 * Server-side encryption of the table.
 *
 * @param kmsKeyTypeAsString the kind of KMS key exactly as the service sent it, or null
 * @param kmsMasterKeyId the ARN of the KMS key; null when the table uses the AWS-owned default key
 */
public record SseSpecification(String kmsKeyTypeAsString, String kmsMasterKeyId) {
  /**
   * Returns the kind of KMS key that encrypts the table.
   *
   * @return the kind, {@link KmsKeyType#UNKNOWN} for a value this version does not know, or null
   *     if absent
   */
  public KmsKeyType kmsKeyType() {
    return KmsKeyType.fromValue(kmsKeyTypeAsString);
  }
}
