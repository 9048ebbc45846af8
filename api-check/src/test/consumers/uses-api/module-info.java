module consumer {
  requires io.github.clumiojava;
  requires jdk.httpserver;
}
