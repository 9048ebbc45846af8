package io.github.clumiojava.it;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;

/** Text from fuzzer input, for arguments a caller could pass: any UTF-16 string, broken ones included. */
final class FuzzedText {
  private FuzzedText() {}

  /**
   * Consumes a string: up to {@code maxLength} characters from the start of the input in modified
   * UTF-8, ended early by a backslash (a doubled backslash is one). Jazzer only makes valid UTF-16
   * that way; if the end of the input then says so, one unpaired surrogate is put in.
   *
   * @param data the fuzzer's input
   * @param maxLength the most characters read from the input
   * @return the string, at most one character longer than {@code maxLength}
   */
  static String string(FuzzedDataProvider data, int maxLength) {
    String text = data.consumeString(maxLength);
    if (!data.consumeBoolean()) {
      return text;
    }
    char surrogate = data.consumeChar(Character.MIN_SURROGATE, Character.MAX_SURROGATE);
    int at = Math.min(data.consumeInt(0, maxLength), text.length());
    return text.substring(0, at) + surrogate + text.substring(at);
  }
}
