module consumer {
  requires io.github.clumiojava;
  // Even naming the generated module does not help: it exports its packages to the client only.
  requires io.github.clumiojava.generated;
}
