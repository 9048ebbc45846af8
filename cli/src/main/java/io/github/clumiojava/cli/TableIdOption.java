package io.github.clumiojava.cli;

import io.github.clumiojava.dynamodb.ListBackupsRequest;
import picocli.CommandLine;

/**
 * Reads {@code --table-id}, refusing what the library would refuse (blank, or a control
 * character) as a usage error that names the option.
 */
final class TableIdOption implements CommandLine.ITypeConverter<String> {
  @Override
  public String convert(String value) {
    try {
      ListBackupsRequest.builder().tableId(value);
      return value;
    } catch (IllegalArgumentException e) {
      throw new CommandLine.TypeConversionException(e.getMessage());
    }
  }
}
