package io.github.clumiojava.internal;

/**
 * The query parameters of one page of the backup list, as sent.
 *
 * <p>Not API: part of the library's implementation, which may change in any release.
 *
 * @param limit backups per page, 1 to 100
 * @param page the page number, from 1
 * @param sort {@code start_timestamp} or {@code -start_timestamp}
 * @param filter the filter, a JSON object, or null for none
 */
public record PageQuery(int limit, int page, String sort, String filter) {}
