package io.github.clumiojava.it;

import okhttp3.Call;
import okhttp3.EventListener;

/** An application's event listener that throws whenever a call is cancelled. */
final class ThrowsWhenCancelled extends EventListener {
  @Override
  public void canceled(Call call) {
    throw new IllegalStateException("the application's listener failed");
  }
}
