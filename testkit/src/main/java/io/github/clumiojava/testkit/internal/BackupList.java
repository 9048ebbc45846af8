package io.github.clumiojava.testkit.internal;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.clumiojava.generated.model.DynamoDbTableBackupListEmbeddedDto;
import io.github.clumiojava.generated.model.DynamoDbTableBackupListLinksDto;
import io.github.clumiojava.generated.model.HateoasLinkDto;
import io.github.clumiojava.generated.model.ListDynamoDbTableBackupsResponseDto;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The list operation ({@code GET /backups/aws/dynamodb-tables}) as openapi.yaml describes it:
 * pages by number ({@code limit} 1 to 100, default 100; {@code start} from 1), {@code sort}
 * {@code -start_timestamp} (newest first, the default) or {@code start_timestamp}, and the {@link
 * BackupFilter filter} grammar. A page has {@code _embedded.items}, the {@code _links} {@code
 * _self}, {@code _first}, {@code _last}, and {@code _next} and {@code _prev} where there is such a
 * page (each repeating the request's {@code limit}, {@code sort} and {@code filter}), {@code
 * current_count}, {@code limit}, {@code start}, {@code total_count}, {@code total_pages_count} and
 * {@code filter_applied}. Backups that started at the same time keep the order they were added in;
 * a backup without a start time sorts as the oldest. A parameter outside the grammar is answered
 * with 400 and Clumio's error body naming it. Stateless.
 */
final class BackupList {
  static final String PATH = "/backups/aws/dynamodb-tables";
  /** The {@code error_code} of a 400 answer to a parameter the operation does not accept. */
  static final long BAD_PARAMETER_CODE = 400;

  private static final int DEFAULT_LIMIT = 100;
  private static final int MAX_LIMIT = 100;
  private static final String NEWEST_FIRST = "-start_timestamp";
  private static final String OLDEST_FIRST = "start_timestamp";
  private static final Pattern PAGE_NUMBER = Pattern.compile("[1-9][0-9]*");
  private static final Pattern LIMIT = Pattern.compile("[0-9]{1,3}");
  /** Page numbers beyond this are all past the end; parsed as this, they cannot overflow. */
  private static final long FAR_PAGE = 1_000_000_000_000L;
  private static final Comparator<StoredBackup> OLDEST_FIRST_ORDER =
      Comparator.comparing(StoredBackup::started, Comparator.nullsFirst(Comparator.naturalOrder()));

  private BackupList() {}

  /**
   * Answers one request of the list.
   *
   * @param request the request
   * @param backups the backups the fake holds, in the order they were added
   * @return the page, or 400 for a parameter outside the grammar
   */
  static Answer answer(IncomingRequest request, Collection<StoredBackup> backups) {
    try {
      return Answer.ok(page(request, backups));
    } catch (BadParameterException e) {
      return Answer.error(400, BAD_PARAMETER_CODE, e.getMessage());
    }
  }

  private static String page(IncomingRequest request, Collection<StoredBackup> backups) throws BadParameterException {
    Optional<String> limitText = request.queryParameter("limit");
    if (limitText.isPresent() && (!LIMIT.matcher(limitText.get()).matches()
        || Integer.parseInt(limitText.get()) < 1 || Integer.parseInt(limitText.get()) > MAX_LIMIT)) {
      throw new BadParameterException("limit must be a whole number from 1 to " + MAX_LIMIT + ", not '" + limitText.get() + "'");
    }
    Optional<String> startText = request.queryParameter("start");
    if (startText.isPresent() && !PAGE_NUMBER.matcher(startText.get()).matches()) {
      throw new BadParameterException("start must be a page number from 1, not '" + startText.get() + "'");
    }
    Optional<String> sort = request.queryParameter("sort");
    if (sort.isPresent() && !sort.get().equals(NEWEST_FIRST) && !sort.get().equals(OLDEST_FIRST)) {
      throw new BadParameterException("sort must be " + OLDEST_FIRST + " or " + NEWEST_FIRST + ", not '" + sort.get() + "'");
    }
    Optional<String> filterText = request.queryParameter("filter");
    Predicate<StoredBackup> filter = filterText.isEmpty() ? backup -> true : BackupFilter.parse(filterText.get());

    int limit = limitText.map(Integer::parseInt).orElse(DEFAULT_LIMIT);
    long start = startText.map(text -> text.length() > 12 ? FAR_PAGE : Long.parseLong(text)).orElse(1L);
    List<StoredBackup> matching = backups.stream().filter(filter)
        .sorted(sort.filter(OLDEST_FIRST::equals).isPresent() ? OLDEST_FIRST_ORDER : OLDEST_FIRST_ORDER.reversed())
        .toList();
    int from = (int) Math.min((start - 1) * limit, matching.size());
    int to = Math.min(from + limit, matching.size());
    long pages = Math.max(1, (matching.size() + limit - 1) / limit);

    DynamoDbTableBackupListLinksDto links = new DynamoDbTableBackupListLinksDto()
        .self(pageLink(request, start))
        .first(pageLink(request, 1))
        .last(pageLink(request, pages));
    if (to < matching.size()) {
      links.next(pageLink(request, start + 1));
    }
    if (start > 1) {
      links.prev(pageLink(request, Math.min(start - 1, pages)));
    }
    ListDynamoDbTableBackupsResponseDto page = new ListDynamoDbTableBackupsResponseDto()
        .embedded(new DynamoDbTableBackupListEmbeddedDto())
        .links(links)
        .currentCount((long) (to - from))
        .limit((long) limit)
        .start(startText.orElse("1"))
        .totalCount((long) matching.size())
        .totalPagesCount(pages)
        .filterApplied(filterText.map(text -> JsonParser.parseString(text).toString()).orElse("{}"));
    List<JsonObject> items = matching.subList(from, to).stream().map(StoredBackup::json).toList();
    return WireJson.page(page, items);
  }

  /** A link to another page of the same list: the request's parameters, another page number. */
  private static HateoasLinkDto pageLink(IncomingRequest request, long start) {
    StringBuilder href = new StringBuilder(PATH).append("?start=").append(start);
    for (String name : List.of("limit", "sort", "filter")) {
      request.queryParameter(name).ifPresent(value ->
          href.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
    }
    return new HateoasLinkDto().href(href.toString()).templated(false).type("get");
  }
}
