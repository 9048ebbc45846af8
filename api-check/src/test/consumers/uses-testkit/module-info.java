module consumer {
  requires io.github.clumiojava.testkit;
}
