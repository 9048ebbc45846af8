package io.github.clumiojava.cli;

/**
 * How far a {@code get} of many ids has come, shown to a person watching (see {@link
 * ProgressLine}) or to nobody ({@link #NONE}). Not thread-safe: called from the thread that
 * prints the results.
 */
interface Progress {
  /** Shows nothing. */
  Progress NONE = new Progress() {
    @Override
    public void clear() {}

    @Override
    public void done(int failed) {}

    @Override
    public void finish() {}
  };

  /** Removes what is shown, so that a line can be printed; the next {@link #done} shows it again. */
  void clear();

  /**
   * Counts one more id as done, whether it succeeded or failed, and shows the progress.
   *
   * @param failed how many ids have failed so far, this one included
   */
  void done(int failed);

  /** Removes what is shown, for good. */
  void finish();
}
