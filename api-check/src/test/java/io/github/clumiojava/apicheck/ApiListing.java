package io.github.clumiojava.apicheck;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The public API of one published module, as text: its module declaration (exports, transitive
 * requirements) and, for every public or protected type of an unconditionally exported package,
 * its declaration and its public and protected members with their full generic signatures.
 *
 * <p>The text is a list of blocks, one per module or type, separated by blank lines: the block's
 * name on the first line, then one signature per line, indented. Lines starting with {@code #}
 * are comments. {@link ApiDiff} compares two listings.
 */
final class ApiListing {
  private ApiListing() {}

  /**
   * Lists the API of the module at {@code artifact}.
   *
   * @param artifact the module's jar, or its classes directory
   * @param loader a loader that loads the module's classes and every type they mention
   * @return block name to signature lines, in listing order
   */
  static Map<String, List<String>> of(Path artifact, ClassLoader loader) {
    return of(artifact, descriptor(artifact), loader);
  }

  /**
   * Lists the API of a module's classes built without their descriptor.
   *
   * @param artifact the module's jar, or its classes directory
   * @param module the descriptor the classes belong to
   * @param loader a loader that loads the module's classes and every type they mention
   * @return block name to signature lines, in listing order
   */
  static Map<String, List<String>> of(Path artifact, ModuleDescriptor module, ClassLoader loader) {
    Map<String, List<String>> blocks = new LinkedHashMap<>();
    blocks.put("module " + module.name(), moduleLines(module));
    Set<String> exported = module.exports().stream().filter(e -> !e.isQualified())
        .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
    for (Class<?> type : publicTypes(artifact, exported, loader)) {
      blocks.put(name(type), typeLines(type));
    }
    return blocks;
  }

  /**
   * Writes a listing as the API file's text.
   *
   * @param header comment lines (without the leading {@code #})
   * @param blocks the listing
   * @return the text
   */
  static String text(List<String> header, Map<String, List<String>> blocks) {
    StringBuilder text = new StringBuilder();
    header.forEach(line -> text.append("# ").append(line).append('\n'));
    blocks.forEach((name, lines) -> {
      text.append('\n').append(name).append('\n');
      lines.forEach(line -> text.append("  ").append(line).append('\n'));
    });
    return text.toString();
  }

  /**
   * Reads an API file's text back into blocks.
   *
   * @param text the file's text
   * @return block name to signature lines
   */
  static Map<String, List<String>> parse(String text) {
    Map<String, List<String>> blocks = new LinkedHashMap<>();
    List<String> current = null;
    for (String line : text.split("\n", -1)) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      if (line.startsWith("  ")) {
        if (current == null) {
          throw new IllegalArgumentException("a signature before any block name: " + line);
        }
        current.add(line.substring(2));
      } else {
        current = new ArrayList<>();
        blocks.put(line, current);
      }
    }
    return blocks;
  }

  static ModuleDescriptor descriptor(Path artifact) {
    return ModuleFinder.of(artifact).findAll().stream().findFirst().map(ModuleReference::descriptor)
        .orElseThrow(() -> new IllegalArgumentException("no module at " + artifact));
  }

  private static List<String> moduleLines(ModuleDescriptor module) {
    List<String> lines = new ArrayList<>();
    module.exports().stream().filter(e -> !e.isQualified()).map(e -> "exports " + e.source()).sorted()
        .forEach(lines::add);
    module.requires().stream().filter(r -> r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE))
        .map(r -> "requires transitive " + r.name()).sorted().forEach(lines::add);
    return lines;
  }

  private static List<Class<?>> publicTypes(Path artifact, Set<String> packages, ClassLoader loader) {
    List<String> classNames;
    try (Stream<String> entries = classEntries(artifact)) {
      classNames = entries
          .filter(entry -> entry.endsWith(".class") && !entry.endsWith("module-info.class")
              && !entry.endsWith("package-info.class"))
          .map(entry -> entry.substring(0, entry.length() - ".class".length()).replace('/', '.'))
          .filter(name -> packages.contains(name.substring(0, name.lastIndexOf('.'))))
          .toList();
    }
    List<Class<?>> types = new ArrayList<>();
    for (String className : classNames) {
      try {
        Class<?> type = Class.forName(className, false, loader);
        if (isVisible(type)) {
          types.add(type);
        }
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(className + " is in " + artifact + " but the loader cannot load it", e);
      }
    }
    types.sort(Comparator.comparing(ApiListing::name));
    return types;
  }

  /** The paths of the files in a jar or a directory, with {@code /} as separator. */
  private static Stream<String> classEntries(Path artifact) {
    try {
      if (Files.isDirectory(artifact)) {
        try (Stream<Path> files = Files.walk(artifact)) {
          return files.filter(Files::isRegularFile)
              .map(file -> artifact.relativize(file).toString().replace(File.separatorChar, '/')).toList().stream();
        }
      }
      try (JarFile jar = new JarFile(artifact.toFile())) {
        return jar.stream().map(JarEntry::getName).toList().stream();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Public or protected, and so are the types it is nested in; never local or anonymous. */
  private static boolean isVisible(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getDeclaringClass()) {
      if (t.isAnonymousClass() || t.isLocalClass() || t.isSynthetic() || !isApi(t.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  private static boolean isApi(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  static List<String> typeLines(Class<?> type) {
    List<String> lines = new ArrayList<>();
    lines.add(declaration(type));
    // Members in a stable order that reads well: fields, constructors, then methods, each by name.
    Arrays.stream(type.getDeclaredFields()).filter(f -> isApi(f.getModifiers()) && !f.isSynthetic())
        .sorted(Comparator.comparing(Field::getName)).map(ApiListing::field).forEach(lines::add);
    Arrays.stream(type.getDeclaredConstructors()).filter(c -> isApi(c.getModifiers()) && !c.isSynthetic())
        .map(ApiListing::constructor).sorted().forEach(lines::add);
    Arrays.stream(type.getDeclaredMethods()).filter(m -> isApi(m.getModifiers()) && !m.isSynthetic() && !m.isBridge())
        .sorted(Comparator.comparing(Method::getName).thenComparing(ApiListing::method))
        .map(ApiListing::method).forEach(lines::add);
    return lines;
  }

  private static String declaration(Class<?> type) {
    StringBuilder s = new StringBuilder(deprecation(type));
    int modifiers = type.getModifiers();
    String kind;
    if (type.isAnnotation()) {
      kind = "@interface";
      modifiers &= ~(Modifier.ABSTRACT | Modifier.INTERFACE);
    } else if (type.isInterface()) {
      kind = "interface";
      modifiers &= ~(Modifier.ABSTRACT | Modifier.INTERFACE);
    } else if (type.isEnum()) {
      kind = "enum";
      modifiers &= ~Modifier.FINAL;
    } else if (type.isRecord()) {
      kind = "record";
      modifiers &= ~Modifier.FINAL;
    } else {
      kind = "class";
    }
    s.append(modifiers(modifiers & (Modifier.PUBLIC | Modifier.PROTECTED | Modifier.ABSTRACT | Modifier.STATIC | Modifier.FINAL)));
    if (type.isSealed()) {
      s.append("sealed ");
    }
    s.append(kind).append(' ').append(type.getSimpleName()).append(typeParameters(type.getTypeParameters()));
    Type superclass = type.getGenericSuperclass();
    if (superclass != null && !type.isEnum() && !type.isRecord() && superclass != Object.class) {
      s.append(" extends ").append(typeName(superclass));
    }
    Type[] interfaces = type.getGenericInterfaces();
    if (interfaces.length > 0 && !type.isAnnotation()) {
      s.append(type.isInterface() ? " extends " : " implements ").append(typeNames(interfaces));
    }
    if (type.isSealed()) {
      s.append(" permits ").append(typeNames(type.getPermittedSubclasses()));
    }
    return s.toString();
  }

  private static String field(Field field) {
    StringBuilder s = new StringBuilder(deprecation(field));
    s.append(modifiers(field.getModifiers() & (Modifier.PUBLIC | Modifier.PROTECTED | Modifier.STATIC | Modifier.FINAL)));
    s.append(typeName(field.getGenericType())).append(' ').append(field.getName());
    int constant = Modifier.STATIC | Modifier.FINAL;
    if ((field.getModifiers() & constant) == constant
        && (field.getType().isPrimitive() || field.getType() == String.class)) {
      s.append(" = ").append(constantValue(field));
    }
    return s.toString();
  }

  private static String constructor(Constructor<?> constructor) {
    return deprecation(constructor) + modifiers(constructor.getModifiers() & (Modifier.PUBLIC | Modifier.PROTECTED))
        + typeParameters(constructor.getTypeParameters(), true)
        + constructor.getDeclaringClass().getSimpleName() + parameters(constructor) + exceptions(constructor);
  }

  private static String method(Method method) {
    int mask = Modifier.PUBLIC | Modifier.PROTECTED | Modifier.STATIC | Modifier.FINAL;
    if (!method.getDeclaringClass().isInterface()) {
      mask |= Modifier.ABSTRACT;
    }
    return deprecation(method) + modifiers(method.getModifiers() & mask) + (method.isDefault() ? "default " : "")
        + typeParameters(method.getTypeParameters(), true)
        + typeName(method.getGenericReturnType()) + ' ' + method.getName() + parameters(method) + exceptions(method);
  }

  private static String parameters(Executable executable) {
    Type[] types = executable.getGenericParameterTypes();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < types.length; i++) {
      String name = typeName(types[i]);
      if (executable.isVarArgs() && i == types.length - 1) {
        name = name.substring(0, name.length() - 2) + "...";
      }
      names.add(name);
    }
    return "(" + String.join(", ", names) + ")";
  }

  private static String exceptions(Executable executable) {
    Type[] thrown = executable.getGenericExceptionTypes();
    return thrown.length == 0 ? "" : " throws " + typeNames(thrown);
  }

  private static String typeParameters(TypeVariable<?>[] variables) {
    return typeParameters(variables, false);
  }

  private static String typeParameters(TypeVariable<?>[] variables, boolean trailingSpace) {
    if (variables.length == 0) {
      return "";
    }
    List<String> declared = new ArrayList<>();
    for (TypeVariable<?> variable : variables) {
      Type[] bounds = variable.getBounds();
      boolean plain = bounds.length == 1 && bounds[0] == Object.class;
      declared.add(variable.getName() + (plain ? "" : " extends " + Arrays.stream(bounds)
          .map(ApiListing::typeName).collect(Collectors.joining(" & "))));
    }
    return "<" + String.join(", ", declared) + ">" + (trailingSpace ? " " : "");
  }

  private static String typeNames(Type[] types) {
    return Arrays.stream(types).map(ApiListing::typeName).collect(Collectors.joining(", "));
  }

  /** A type as source would write it, fully qualified except for {@code java.lang}'s own types. */
  static String typeName(Type type) {
    return type.getTypeName().replace('$', '.').replaceAll("\\bjava\\.lang\\.(?=[A-Z])", "");
  }

  private static String name(Class<?> type) {
    return type.getName().replace('$', '.');
  }

  private static String modifiers(int modifiers) {
    String text = Modifier.toString(modifiers);
    return text.isEmpty() ? "" : text + " ";
  }

  private static String deprecation(java.lang.reflect.AnnotatedElement element) {
    return element.isAnnotationPresent(Deprecated.class) ? "@Deprecated " : "";
  }

  private static String constantValue(Member member) {
    try {
      Object value = ((Field) member).get(null);
      return value instanceof String text ? '"' + text + '"' : String.valueOf(value);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot read the constant " + member, e);
    }
  }
}
