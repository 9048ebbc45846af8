package io.github.clumiojava.internal;

import com.google.gson.Gson;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.annotations.JsonAdapter;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

/**
 * Makes Gson read every value only as the JSON type its Java type stands for. Gson's own adapters
 * coerce: a string is read as a boolean ({@code "yes"} becomes false) or a number ({@code "12"}),
 * a number or a boolean as a string. Here a value of any other JSON type throws a {@link
 * WrongJsonTypeException} naming its path; JSON {@code null} is read as null everywhere.
 *
 * <ul>
 *   <li>{@code Boolean}: only {@code true} or {@code false}.
 *   <li>{@code String}: only a JSON string.
 *   <li>{@code Integer}, {@code Long}: only a JSON number whose value is a whole number in the
 *       type's range ({@code 1.0} and {@code 1e3} are whole, {@code 1.5} and {@code 2^63} are
 *       not). {@code Double}, {@code Float}: only a finite JSON number in range. {@code
 *       BigDecimal}: only a JSON number.
 *   <li>Lists (and arrays): only a JSON array. Maps and the generated models: only a JSON object.
 *       Their contents are then read by Gson's own adapters, and each element or property again
 *       by these.
 * </ul>
 *
 * <p>Everything else (timestamps, which {@link JsonCodec} reads itself, and the unknown
 * properties Gson skips) is left to other adapters.
 */
final class StrictTypes implements TypeAdapterFactory {
  /** The most characters of a wrongly typed value that a message quotes. */
  static final int MAX_QUOTED = 100;

  private final String modelPackage;

  /**
   * Creates the factory.
   *
   * @param anyModel any generated model class: classes of its package must be JSON objects
   */
  StrictTypes(Class<?> anyModel) {
    this.modelPackage = anyModel.getPackageName();
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
    Class<? super T> raw = type.getRawType();
    if (raw == Boolean.class || raw == boolean.class) {
      return (TypeAdapter<T>) BOOLEAN;
    } else if (raw == String.class) {
      return (TypeAdapter<T>) STRING;
    } else if (raw == Long.class || raw == long.class) {
      return (TypeAdapter<T>) LONG;
    } else if (raw == Integer.class || raw == int.class) {
      return (TypeAdapter<T>) INTEGER;
    } else if (raw == Double.class || raw == double.class) {
      return (TypeAdapter<T>) DOUBLE;
    } else if (raw == Float.class || raw == float.class) {
      return (TypeAdapter<T>) FLOAT;
    } else if (raw == BigDecimal.class) {
      return (TypeAdapter<T>) BIG_DECIMAL;
    } else if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
      return new Expecting<>(JsonToken.BEGIN_ARRAY, "an array", gson.getDelegateAdapter(this, type));
    } else if (Map.class.isAssignableFrom(raw) || isModel(raw)) {
      return new Expecting<>(JsonToken.BEGIN_OBJECT, "an object", gson.getDelegateAdapter(this, type));
    }
    return null;
  }

  /** A generated model that Gson reads reflectively, from a JSON object. */
  private boolean isModel(Class<?> raw) {
    return raw.getPackageName().equals(modelPackage) && !raw.isEnum() && !raw.isAnnotationPresent(JsonAdapter.class);
  }

  /**
   * Returns the exception for the next value, which is not of the expected type. Consumes the
   * value if it is a scalar, to quote it.
   *
   * @param in the reader, before the value
   * @param expected what was expected, with its article ("a boolean")
   * @return the exception, for the caller to throw
   */
  static WrongJsonTypeException wrongType(JsonReader in, String expected) throws IOException {
    String path = in.getPath();
    JsonToken token = in.peek();
    String actual = switch (token) {
      case STRING -> "the string " + quote(in.nextString());
      case NUMBER -> "the number " + cap(in.nextString());
      case BOOLEAN -> "the boolean " + in.nextBoolean();
      case BEGIN_OBJECT -> "an object";
      case BEGIN_ARRAY -> "an array";
      case NULL -> "null";
      default -> token.toString().toLowerCase(java.util.Locale.ROOT);
    };
    return new WrongJsonTypeException(path, expected, actual);
  }

  /** The string as a JSON string literal, cut after {@link #MAX_QUOTED} characters. */
  static String quote(String value) {
    String shown = cut(value);
    StringBuilder quoted = new StringBuilder(shown.length() + 2).append('"');
    for (int i = 0; i < shown.length(); i++) {
      char c = shown.charAt(i);
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        default -> {
          if (isInvisible(c) || Character.isSurrogate(c) && !isPaired(shown, i)) {
            quoted.append(String.format("\\u%04x", (int) c));
          } else {
            quoted.append(c);
          }
        }
      }
    }
    quoted.append('"');
    return shown.length() < value.length() ? quoted + "... (" + value.length() + " characters)" : quoted.toString();
  }

  /** Control, formatting (such as bidirectional overrides) and line or paragraph separators. */
  private static boolean isInvisible(char c) {
    int type = Character.getType(c);
    return Character.isISOControl(c) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR;
  }

  private static boolean isPaired(String text, int i) {
    char c = text.charAt(i);
    return Character.isHighSurrogate(c) ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
        : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
  }

  private static String cap(String literal) {
    String shown = cut(literal);
    return shown.length() < literal.length() ? shown + "... (" + literal.length() + " characters)" : shown;
  }

  /** The first {@link #MAX_QUOTED} characters, without splitting a surrogate pair. */
  private static String cut(String text) {
    if (text.length() <= MAX_QUOTED) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(MAX_QUOTED - 1)) ? MAX_QUOTED - 1 : MAX_QUOTED;
    return text.substring(0, end);
  }

  /** Reads a value that is null or of one JSON type. */
  private abstract static class Scalar<T> extends TypeAdapter<T> {
    private final JsonToken token;
    final String expected;

    Scalar(JsonToken token, String expected) {
      this.token = token;
      this.expected = expected;
    }

    @Override
    public final T read(JsonReader in) throws IOException {
      JsonToken next = in.peek();
      if (next == JsonToken.NULL) {
        in.nextNull();
        return null;
      } else if (next != token) {
        throw wrongType(in, expected);
      }
      return readValue(in);
    }

    /** Reads the value, whose JSON type is right. */
    abstract T readValue(JsonReader in) throws IOException;

    @Override
    public final void write(JsonWriter out, T value) throws IOException {
      if (value == null) {
        out.nullValue();
      } else {
        writeValue(out, value);
      }
    }

    abstract void writeValue(JsonWriter out, T value) throws IOException;
  }

  private static final TypeAdapter<Boolean> BOOLEAN = new Scalar<>(JsonToken.BOOLEAN, "a boolean") {
    @Override
    Boolean readValue(JsonReader in) throws IOException {
      return in.nextBoolean();
    }

    @Override
    void writeValue(JsonWriter out, Boolean value) throws IOException {
      out.value(value);
    }
  };

  private static final TypeAdapter<String> STRING = new Scalar<>(JsonToken.STRING, "a string") {
    @Override
    String readValue(JsonReader in) throws IOException {
      return in.nextString();
    }

    @Override
    void writeValue(JsonWriter out, String value) throws IOException {
      out.value(value);
    }
  };

  /** Reads a JSON number from its literal text, so that no digit is lost on the way. */
  private abstract static class NumberAdapter<T extends Number> extends Scalar<T> {
    NumberAdapter(String expected) {
      super(JsonToken.NUMBER, expected);
    }

    @Override
    final T readValue(JsonReader in) throws IOException {
      String literal = in.nextString();
      T value;
      try {
        value = parse(literal);
      } catch (NumberFormatException | ArithmeticException outOfRange) {
        value = null;
      }
      if (value == null) {
        // The path of the value just read, built only for the message.
        throw new WrongJsonTypeException(in.getPreviousPath(), expected, "the number " + cap(literal));
      }
      return value;
    }

    /**
     * Parses the literal of a JSON number.
     *
     * @return the value, or null (or an exception) if it does not fit the type
     */
    abstract T parse(String literal);

    @Override
    final void writeValue(JsonWriter out, T value) throws IOException {
      out.value(value);
    }
  }

  private static final TypeAdapter<Long> LONG = new NumberAdapter<>("a 64-bit integer") {
    @Override
    Long parse(String literal) {
      try {
        return Long.parseLong(literal);
      } catch (NumberFormatException notPlain) {
        return new BigDecimal(literal).longValueExact();
      }
    }
  };

  private static final TypeAdapter<Integer> INTEGER = new NumberAdapter<>("a 32-bit integer") {
    @Override
    Integer parse(String literal) {
      try {
        return Integer.parseInt(literal);
      } catch (NumberFormatException notPlain) {
        return new BigDecimal(literal).intValueExact();
      }
    }
  };

  private static final TypeAdapter<Double> DOUBLE = new NumberAdapter<>("a number in the range of a double") {
    @Override
    Double parse(String literal) {
      double value = Double.parseDouble(literal);
      return Double.isFinite(value) ? value : null;
    }
  };

  private static final TypeAdapter<Float> FLOAT = new NumberAdapter<>("a number in the range of a float") {
    @Override
    Float parse(String literal) {
      float value = Float.parseFloat(literal);
      return Float.isFinite(value) ? value : null;
    }
  };

  private static final TypeAdapter<BigDecimal> BIG_DECIMAL = new NumberAdapter<>("a number") {
    @Override
    BigDecimal parse(String literal) {
      return new BigDecimal(literal);
    }
  };

  /** Checks that a list, map or model starts as the JSON structure it must be, then reads it. */
  private static final class Expecting<T> extends TypeAdapter<T> {
    private final JsonToken start;
    private final String expected;
    private final TypeAdapter<T> delegate;

    Expecting(JsonToken start, String expected, TypeAdapter<T> delegate) {
      this.start = start;
      this.expected = expected;
      this.delegate = delegate;
    }

    @Override
    public T read(JsonReader in) throws IOException {
      JsonToken next = in.peek();
      if (next != start && next != JsonToken.NULL) {
        throw wrongType(in, expected);
      }
      return delegate.read(in);
    }

    @Override
    public void write(JsonWriter out, T value) throws IOException {
      delegate.write(out, value);
    }
  }
}
