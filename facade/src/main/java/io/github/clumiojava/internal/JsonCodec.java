package io.github.clumiojava.internal;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonSyntaxException;
import com.google.gson.Strictness;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import io.github.clumiojava.generated.model.ErrorResponseDto;
import io.github.clumiojava.generated.model.ListDynamoDbTableBackupsResponseDto;
import io.github.clumiojava.generated.model.ReadDynamoDbTableBackupResponseDto;
import java.io.EOFException;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads response bodies into the generated models. One Gson instance and one type adapter per
 * model, built once; thread-safe.
 *
 * <p>Values are read strictly ({@link StrictTypes}): a value of the wrong JSON type anywhere, a
 * string for a boolean, a number for a string, an object for a list, a fraction for an integer,
 * throws a {@link WrongJsonTypeException} that names its path. Nothing is coerced. JSON null is
 * accepted for every property, and unknown properties are kept whatever their type.
 *
 * <p>Not API: part of the library's implementation, which may change in any release.
 */
public final class JsonCodec {
  /** RFC 3339: {@code Z} or an offset, optional fractional seconds, {@code T} or {@code t}. */
  private static final DateTimeFormatter RFC_3339 = new DateTimeFormatterBuilder()
      .parseCaseInsensitive()
      .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
      .appendOffset("+HH:MM", "Z")
      .toFormatter();

  private final Gson gson;
  private final TypeAdapter<ReadDynamoDbTableBackupResponseDto> backupAdapter;
  private final TypeAdapter<ErrorResponseDto> errorAdapter;
  private final TypeAdapter<ListDynamoDbTableBackupsResponseDto> pageAdapter;

  /** Creates the codec. */
  public JsonCodec() {
    this.gson = new GsonBuilder()
        .registerTypeAdapterFactory(new StrictTypes(ReadDynamoDbTableBackupResponseDto.class))
        .registerTypeAdapter(OffsetDateTime.class, new OffsetDateTimeAdapter().nullSafe())
        .disableJdkUnsafe()
        .create();
    this.backupAdapter = gson.getAdapter(ReadDynamoDbTableBackupResponseDto.class);
    this.errorAdapter = gson.getAdapter(ErrorResponseDto.class);
    this.pageAdapter = gson.getAdapter(ListDynamoDbTableBackupsResponseDto.class);
  }

  /**
   * Returns the Gson instance, configured for the generated models (for Retrofit's converter).
   *
   * @return the shared instance
   */
  public Gson gson() {
    return gson;
  }

  /**
   * A backup as read from the wire, with the properties the generated model does not know.
   *
   * @param dto the generated model
   * @param unknownFields unknown properties by path, as JSON text
   */
  public record ParsedBackup(ReadDynamoDbTableBackupResponseDto dto, Map<String, String> unknownFields) {}

  /**
   * Reads a backup from a complete body.
   *
   * @param body the body bytes, UTF-8
   * @return the backup
   * @throws IOException if the body is not one strict JSON value
   * @throws WrongJsonTypeException if a value has the wrong type; its message names the path
   * @throws RuntimeException (such as {@link JsonSyntaxException}) if the body is the literal null
   */
  public ParsedBackup readBackup(byte[] body) throws IOException {
    UnknownFieldsReader reader = new UnknownFieldsReader(body);
    ReadDynamoDbTableBackupResponseDto dto = backupAdapter.read(reader);
    reader.requireEnd();
    if (dto == null) {
      throw new JsonSyntaxException("the body is the JSON literal null, not an object");
    }
    return new ParsedBackup(dto, reader.unknownFields());
  }

  /**
   * A page of the backup list as read from the wire, with the properties the generated model
   * does not know, for each backup of the page.
   *
   * @param dto the generated model
   * @param itemUnknownFields unknown properties of the backup at each index of {@code
   *     _embedded.items}, by path within the backup, as JSON text; absent for a backup with none
   */
  public record ParsedPage(ListDynamoDbTableBackupsResponseDto dto, Map<Integer, Map<String, String>> itemUnknownFields) {}

  /**
   * Reads a page of the backup list from a complete body.
   *
   * @param body the body bytes, UTF-8
   * @return the page
   * @throws IOException if the body is not one strict JSON value
   * @throws WrongJsonTypeException if a value has the wrong type; its message names the path
   * @throws RuntimeException (such as {@link JsonSyntaxException}) if the body is the literal null
   */
  public ParsedPage readPage(byte[] body) throws IOException {
    UnknownFieldsReader reader = new UnknownFieldsReader(body);
    ListDynamoDbTableBackupsResponseDto dto = pageAdapter.read(reader);
    reader.requireEnd();
    if (dto == null) {
      throw new JsonSyntaxException("the body is the JSON literal null, not an object");
    }
    Map<Integer, Map<String, String>> byItem = new LinkedHashMap<>();
    reader.unknownFields().forEach((path, json) -> {
      Matcher item = ITEM_PATH.matcher(path);
      if (item.matches()) {
        byItem.computeIfAbsent(Integer.parseInt(item.group(1)), i -> new LinkedHashMap<>()).put(item.group(2), json);
      }
    });
    return new ParsedPage(dto, byItem);
  }

  /** The path of a property within one backup of a page: {@code _embedded.items[3].name}. */
  private static final Pattern ITEM_PATH = Pattern.compile("_embedded\\.items\\[(\\d+)]\\.(.+)");

  /**
   * Reads an error body.
   *
   * @param body the body bytes, UTF-8
   * @return the error model
   * @throws IOException if the body is not one strict JSON value
   * @throws WrongJsonTypeException if a value has the wrong type
   */
  public ErrorResponseDto readError(byte[] body) throws IOException {
    UnknownFieldsReader reader = new UnknownFieldsReader(body);
    ErrorResponseDto dto = errorAdapter.read(reader);
    reader.requireEnd();
    return dto;
  }

  /**
   * A strict reader that records, instead of skipping, every property the model has no field
   * for. Gson's reflective adapters call {@link #skipValue()} only for such properties.
   */
  private static final class UnknownFieldsReader extends JsonReader {
    private Map<String, String> unknownFields;

    UnknownFieldsReader(byte[] body) {
      // Decoding the whole body at once is far cheaper than a stream decoder over it; malformed
      // UTF-8 becomes U+FFFD either way.
      super(new StringReader(new String(body, StandardCharsets.UTF_8)));
      setStrictness(Strictness.STRICT);
    }

    @Override
    public void skipValue() throws IOException {
      String path = getPath();
      String key = path.startsWith("$.") ? path.substring(2) : path;
      if (unknownFields == null) {
        unknownFields = new LinkedHashMap<>();
      }
      unknownFields.put(key, copyValue());
    }

    /** Copies the next value as JSON text, iteratively so that deep nesting cannot overflow. */
    private String copyValue() throws IOException {
      StringWriter text = new StringWriter();
      JsonWriter out = new JsonWriter(text);
      out.setStrictness(Strictness.LENIENT);
      int depth = 0;
      do {
        switch (peek()) {
          case BEGIN_OBJECT -> { beginObject(); out.beginObject(); depth++; }
          case END_OBJECT -> { endObject(); out.endObject(); depth--; }
          case BEGIN_ARRAY -> { beginArray(); out.beginArray(); depth++; }
          case END_ARRAY -> { endArray(); out.endArray(); depth--; }
          case NAME -> out.name(nextName());
          case STRING -> out.value(nextString());
          case NUMBER -> out.jsonValue(nextString());
          case BOOLEAN -> out.value(nextBoolean());
          case NULL -> { nextNull(); out.nullValue(); }
          case END_DOCUMENT -> throw new EOFException("End of input at " + getPath());
        }
      } while (depth > 0);
      out.flush();
      return text.toString();
    }

    void requireEnd() throws IOException {
      if (peek() != JsonToken.END_DOCUMENT) {
        throw new JsonSyntaxException("data after the JSON value at " + getPath());
      }
    }

    Map<String, String> unknownFields() {
      return unknownFields == null ? Map.of() : unknownFields;
    }
  }

  /** Reads and writes RFC 3339 timestamps: only from a JSON string. */
  private static final class OffsetDateTimeAdapter extends TypeAdapter<OffsetDateTime> {
    private static final String TIMESTAMP = "an RFC 3339 timestamp";

    @Override
    public void write(JsonWriter out, OffsetDateTime value) throws IOException {
      out.value(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value));
    }

    @Override
    public OffsetDateTime read(JsonReader in) throws IOException {
      if (in.peek() != JsonToken.STRING) {
        throw StrictTypes.wrongType(in, TIMESTAMP);
      }
      String path = in.getPath();
      String text = in.nextString();
      try {
        return OffsetDateTime.parse(text, RFC_3339);
      } catch (DateTimeParseException e) {
        throw new WrongJsonTypeException(path, TIMESTAMP, "the string " + StrictTypes.quote(text), e);
      }
    }
  }
}
