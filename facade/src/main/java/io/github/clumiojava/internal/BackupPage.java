package io.github.clumiojava.internal;

import io.github.clumiojava.dynamodb.DynamoDbTableBackup;
import java.util.List;
import java.util.OptionalLong;

/**
 * One page of the backup list, as the service answered it.
 *
 * <p>Not API: part of the library's implementation, which may change in any release.
 *
 * @param items the page's backups, in the service's order
 * @param hasNext whether the service linked a next page
 * @param totalCount how many backups match the page's filter, if the service said
 */
public record BackupPage(List<DynamoDbTableBackup> items, boolean hasNext, OptionalLong totalCount) {
  /** Copies the items. */
  public BackupPage {
    items = List.copyOf(items);
  }
}
