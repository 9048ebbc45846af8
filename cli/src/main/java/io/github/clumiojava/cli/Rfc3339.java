package io.github.clumiojava.cli;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import picocli.CommandLine;

/**
 * Reads an option's value as an RFC 3339 timestamp: a date, {@code T}, a time with seconds (and
 * optionally a fraction) and an offset, {@code Z} or {@code +02:00}; {@code T} and {@code Z} in
 * either case. Anything else is a usage error that picocli reports naming the option.
 */
final class Rfc3339 implements CommandLine.ITypeConverter<Instant> {
  private static final DateTimeFormatter FORMAT = new DateTimeFormatterBuilder()
      .parseCaseInsensitive()
      .append(DateTimeFormatter.ISO_LOCAL_DATE)
      .appendLiteral('T')
      .appendPattern("HH:mm:ss")
      .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
      .appendOffset("+HH:MM", "Z")
      .toFormatter();

  @Override
  public Instant convert(String value) {
    try {
      return OffsetDateTime.parse(value, FORMAT).toInstant();
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException(
          "'" + value + "' is not an RFC 3339 timestamp such as 2026-11-01T00:00:00Z or 2026-11-01T09:30:00+02:00");
    }
  }
}
