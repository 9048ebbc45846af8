package io.github.clumiojava.apicheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A module that is published (one whose pom does not set {@code maven.deploy.skip}) is covered by
 * the checks consumers rely on: the BOM manages it, and, when it holds Java code, its public API is
 * pinned in {@code api/}. A new published module fails here until it is.
 */
class PublishedArtifactsTest {
  private static final Path ROOT = Path.of(System.getProperty("project.root"));
  /** Published without Java code: its "API" is the spec, which SpecCompatibilityTest checks. */
  private static final String SPEC_ARTIFACT = "clumio-api-spec";

  @Test
  void theBomManagesEveryPublishedArtifact() throws Exception {
    Set<String> managed = new TreeSet<>();
    Document bom = read(ROOT.resolve("bom/pom.xml"));
    NodeList dependencies = bom.getElementsByTagName("dependency");
    for (int i = 0; i < dependencies.getLength(); i++) {
      Element dependency = (Element) dependencies.item(i);
      if (text(dependency, "groupId").equals("io.github.clumiojava")) {
        managed.add(text(dependency, "artifactId"));
      }
    }

    Set<String> published = new TreeSet<>(published());
    published.remove("clumio-bom");
    assertThat(managed).isEqualTo(published);
  }

  @Test
  void everyPublishedArtifactWithJavaCodeHasItsApiPinned() throws Exception {
    Set<String> withJava = new TreeSet<>(published());
    withJava.remove("clumio-bom");
    withJava.remove(SPEC_ARTIFACT);

    assertThat(new TreeSet<>(PublishedArtifacts.WITH_JAVA_API)).isEqualTo(withJava);
    assertThat(withJava).allSatisfy(artifactId -> assertThat(PublishedArtifacts.apiFile(artifactId)).exists());
  }

  @Test
  void theBomAsPublishedNamesTheProjectsUrl() throws Exception {
    String projectUrl = text(read(ROOT.resolve("pom.xml")).getDocumentElement(), "url");
    Path flattened = ROOT.resolve("bom/target/clumio-bom.pom");
    assumeTrue(Files.exists(flattened), "the build includes the BOM");

    assertThat(text(read(flattened).getDocumentElement(), "url")).isEqualTo(projectUrl);
  }

  /** The artifactIds of the reactor's modules that are deployed. */
  private static List<String> published() throws Exception {
    List<String> published = new ArrayList<>();
    NodeList modules = read(ROOT.resolve("pom.xml")).getElementsByTagName("module");
    for (int i = 0; i < modules.getLength(); i++) {
      Path pom = ROOT.resolve(modules.item(i).getTextContent().strip()).resolve("pom.xml");
      Document module = read(pom);
      NodeList skip = module.getElementsByTagName("maven.deploy.skip");
      if (skip.getLength() == 0 || !skip.item(0).getTextContent().strip().equals("true")) {
        published.add(text(module.getDocumentElement(), "artifactId"));
      }
    }
    return published;
  }

  private static Document read(Path pom) throws Exception {
    assertThat(pom).exists();
    try (InputStream in = Files.newInputStream(pom)) {
      return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
    }
  }

  /** The text of a direct child element. */
  private static String text(Element parent, String child) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && element.getTagName().equals(child)) {
        return element.getTextContent().strip();
      }
    }
    throw new AssertionError("no <" + child + "> in <" + parent.getTagName() + ">");
  }
}
