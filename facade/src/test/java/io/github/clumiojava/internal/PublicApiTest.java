package io.github.clumiojava.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clumiojava.ClumioException;
import io.github.clumiojava.ClumioRegion;
import io.github.clumiojava.dynamodb.DynamoDbBackupClient;
import io.github.clumiojava.dynamodb.DynamoDbTableBackup;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public packages expose no generated or internal type in any public signature, and no type
 * of the HTTP stack but the one deliberate exception: an application may hand the builder its own
 * {@code OkHttpClient}.
 */
class PublicApiTest {
  private static final String ALLOWED = "okhttp3.OkHttpClient";

  private static final List<String> PUBLIC_PACKAGES = List.of("io.github.clumiojava", "io.github.clumiojava.dynamodb");

  @Test
  void noPublicSignatureMentionsAGeneratedOrInternalType() throws Exception {
    List<String> leaks = new ArrayList<>();
    for (Class<?> type : publicClasses()) {
      for (Method method : type.getMethods()) {
        if (method.getDeclaringClass().getPackageName().startsWith("io.github.clumiojava")) {
          check(type, method, method.getGenericReturnType(), leaks);
          checkParameters(type, method, leaks);
        }
      }
      for (Constructor<?> constructor : type.getConstructors()) {
        checkParameters(type, constructor, leaks);
      }
      for (Field field : type.getFields()) {
        check(type, field, field.getGenericType(), leaks);
      }
      check(type, "superclass", type.getGenericSuperclass(), leaks);
      for (Type iface : type.getGenericInterfaces()) {
        check(type, "interface", iface, leaks);
      }
    }
    assertThat(leaks).isEmpty();
  }

  @Test
  void thePublicPackagesHoldTheDocumentedTypes() throws Exception {
    assertThat(publicClasses()).contains(DynamoDbBackupClient.class, DynamoDbTableBackup.class,
        ClumioRegion.class, ClumioException.class);
  }

  private static void checkParameters(Class<?> owner, Executable executable, List<String> leaks) {
    for (Type parameter : executable.getGenericParameterTypes()) {
      check(owner, executable, parameter, leaks);
    }
    for (Type thrown : executable.getGenericExceptionTypes()) {
      check(owner, executable, thrown, leaks);
    }
  }

  private static void check(Class<?> owner, Object member, Type type, List<String> leaks) {
    if (type == null) {
      return;
    }
    String name = type.getTypeName().replace(ALLOWED, "");
    if (name.contains("io.github.clumiojava.generated") || name.contains("io.github.clumiojava.internal")
        || name.contains("okhttp3") || name.contains("retrofit2") || name.contains("com.google.gson")) {
      leaks.add(owner.getName() + " " + member + ": " + name);
    }
  }

  private static List<Class<?>> publicClasses() throws IOException, URISyntaxException, ClassNotFoundException {
    Path classes = Path.of(DynamoDbBackupClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> result = new ArrayList<>();
    for (String pkg : PUBLIC_PACKAGES) {
      Path dir = classes.resolve(pkg.replace('.', '/'));
      try (Stream<Path> files = Files.list(dir)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
          String simple = file.getFileName().toString().replace(".class", "");
          if (simple.equals("package-info")) {
            continue;
          }
          Class<?> type = Class.forName(pkg + "." + simple.replace('/', '.'));
          if (Modifier.isPublic(type.getModifiers())) {
            result.add(type);
          }
        }
      }
    }
    return result;
  }
}
