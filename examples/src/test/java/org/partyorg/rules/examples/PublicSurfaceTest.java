package org.partyorg.rules.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.core.Evaluator;
import org.partyorg.rules.hunan.selection.Selection;
import org.partyorg.rules.testkit.Gen;

/**
 * The library's public surface is the abstract value types and their nested builders: no class
 * Immutables generates ({@code Immutable*}, {@code With*}) and no Immutables style is part of it.
 * Read from the modules' own jars (or class directories) and their {@code module-info}, so it
 * holds on the module path and on the classpath alike.
 */
class PublicSurfaceTest {
  /** The one module a style's package may be exported to: the engine's values use the style. */
  private static final Set<String> STYLE_READERS = Set.of("org.partyorg.rules.core");
  private static final byte[] STYLE = "Lorg/immutables/value/Value$Style;".getBytes(StandardCharsets.UTF_8);

  /** One module as built: its descriptor and its class files, by binary name. */
  private record Built(ModuleDescriptor descriptor, Map<String, byte[]> classes) {}

  @Test
  void theApiShowsNoGeneratedTypeAndExportsNoStyle() throws Exception {
    check(Organisation.class);
  }

  @Test
  void theEngineShowsNoGeneratedTypeAndExportsNoStyle() throws Exception {
    check(Evaluator.class);
  }

  @Test
  void theTestkitShowsNoGeneratedTypeAndExportsNoStyle() throws Exception {
    check(Gen.class);
  }

  @Test
  void hunanShowsNoGeneratedTypeAndExportsNoStyle() throws Exception {
    check(Selection.class);
  }

  /** Checks the module {@code member} was loaded from. */
  private static void check(Class<?> member) throws Exception {
    Built module = read(member);
    Set<String> exported = module.descriptor().exports().stream()
        .filter(e -> !e.isQualified())
        .map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toSet());
    assertFalse(exported.isEmpty(), module.descriptor().name() + " exports nothing");

    List<String> problems = new ArrayList<>();
    Set<String> stylePackages = new TreeSet<>();
    for (Map.Entry<String, byte[]> entry : module.classes().entrySet()) {
      String name = entry.getKey();
      String pkg = name.substring(0, name.lastIndexOf('.'));
      if (contains(entry.getValue(), STYLE)) {
        stylePackages.add(pkg);
      }
      if (!exported.contains(pkg)) {
        continue;
      }
      Class<?> type = Class.forName(name, false, member.getClassLoader());
      // declared public at all, even inside a package-private class: javadoc would name it as
      // the superclass of a public class that extends it
      if (generated(type) && Modifier.isPublic(type.getModifiers())) {
        problems.add(name + " is a generated class and declared public");
      }
      if (!isVisible(type)) {
        continue;
      }
      for (Class<?> used : signature(type)) {
        if (generated(used) || !isVisible(used)) {
          problems.add(name + " shows " + used.getName() + " in a public signature");
        }
      }
    }
    assertEquals(List.of(), problems, module.descriptor().name());

    if (member == Organisation.class) {
      assertFalse(stylePackages.isEmpty(), "the style of the value types was not found in " + module.descriptor().name());
    }
    for (String pkg : stylePackages) {
      assertFalse(exported.contains(pkg), pkg + " holds an Immutables style and is exported to everyone");
      for (ModuleDescriptor.Exports export : module.descriptor().exports()) {
        if (export.source().equals(pkg)) {
          assertTrue(STYLE_READERS.containsAll(export.targets()),
              pkg + " holds an Immutables style and is exported to " + export.targets());
        }
      }
    }
  }

  /** Public, and so are all the classes it is nested in. */
  private static boolean isVisible(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getDeclaringClass()) {
      if (!Modifier.isPublic(t.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  /** A class of the library's that Immutables wrote: an implementation or a copy interface. */
  private static boolean generated(Class<?> type) {
    if (!type.getName().startsWith("org.partyorg.")) {
      return false;
    }
    for (Class<?> t = type; t != null; t = t.getDeclaringClass()) {
      String simple = t.getSimpleName();
      if (simple.startsWith("Immutable") || (simple.startsWith("With") && t.isInterface())) {
        return true;
      }
    }
    return false;
  }

  /** The library's classes a caller meets in the public members of the type. */
  private static Set<Class<?>> signature(Class<?> type) {
    List<Class<?>> used = new ArrayList<>();
    List<Executable> executables = new ArrayList<>(List.of(type.getMethods()));
    executables.addAll(List.of(type.getConstructors()));
    for (Executable executable : executables) {
      if (executable.getDeclaringClass() == Object.class) {
        continue;
      }
      if (executable instanceof Method method) {
        used.add(method.getReturnType());
      }
      used.addAll(List.of(executable.getParameterTypes()));
      used.addAll(List.of(executable.getExceptionTypes()));
    }
    for (Field field : type.getFields()) {
      used.add(field.getType());
    }
    Class<?> superclass = type.getSuperclass();
    if (superclass != null && isVisible(superclass)) {
      used.add(superclass);
    }
    for (Class<?> implemented : type.getInterfaces()) {
      if (isVisible(implemented)) {
        used.add(implemented);
      }
    }
    return used.stream()
        .map(PublicSurfaceTest::element)
        .filter(t -> t.getName().startsWith("org.partyorg."))
        .collect(Collectors.toSet());
  }

  private static Class<?> element(Class<?> type) {
    Class<?> t = type;
    while (t.isArray()) {
      t = t.getComponentType();
    }
    return t;
  }

  /** The module the class was loaded from, read from its jar or class directory. */
  private static Built read(Class<?> member) throws IOException, URISyntaxException {
    Path location = Path.of(member.getProtectionDomain().getCodeSource().getLocation().toURI());
    Map<String, byte[]> files = new LinkedHashMap<>();
    if (Files.isDirectory(location)) {
      try (Stream<Path> paths = Files.walk(location)) {
        for (Path path : paths.filter(Files::isRegularFile).collect(Collectors.toList())) {
          files.put(location.relativize(path).toString().replace('\\', '/'), Files.readAllBytes(path));
        }
      }
    } else {
      try (JarFile jar = new JarFile(location.toFile())) {
        for (JarEntry entry : Collections.list(jar.entries())) {
          if (!entry.isDirectory()) {
            try (InputStream in = jar.getInputStream(entry)) {
              files.put(entry.getName(), in.readAllBytes());
            }
          }
        }
      }
    }
    byte[] info = files.get("module-info.class");
    assertTrue(info != null, location + " has no module-info.class");
    ModuleDescriptor descriptor = ModuleDescriptor.read(ByteBuffer.wrap(info));
    Map<String, byte[]> classes = new TreeMap<>();
    files.forEach((file, bytes) -> {
      if (file.endsWith(".class") && !file.startsWith("META-INF/") && !file.endsWith("module-info.class")
          && !file.endsWith("package-info.class")) {
        classes.put(file.substring(0, file.length() - ".class".length()).replace('/', '.'), bytes);
      }
    });
    return new Built(descriptor, classes);
  }

  private static boolean contains(byte[] bytes, byte[] part) {
    outer:
    for (int i = 0; i + part.length <= bytes.length; i++) {
      for (int j = 0; j < part.length; j++) {
        if (bytes[i + j] != part[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
