package org.partyorg.rules.api.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * One file of texts: {@code META-INF/partyorg-rules/messages/<name>_<language>.properties} in
 * UTF-8, read in the order it is written. {@code META-INF} is not a package, so the file is
 * found in a named module, on the class path and in a shaded jar alike.
 */
public final class TextFile {
  /** Where the files are, inside a jar. */
  public static final String FOLDER = "META-INF/partyorg-rules/messages/";

  private TextFile() {}

  /** The file's path for a bundle and a language ({@code zh}, {@code en}). */
  public static String path(String name, String language) {
    return FOLDER + name + "_" + language + ".properties";
  }

  /**
   * The entries of the file beside {@code anchor}'s module or class path entry, in file order.
   *
   * @throws IllegalStateException naming the path if there is no such file or it cannot be read
   */
  public static Map<String, String> read(Class<?> anchor, String name, String language) {
    String path = path(name, language);
    Map<String, String> entries = new LinkedHashMap<>();
    Properties ordered = new Properties() {
      private static final long serialVersionUID = 1L;

      @Override
      public synchronized Object put(Object key, Object value) {
        if (entries.containsKey((String) key)) {
          throw new IllegalStateException(path + ": key " + key + " is written twice");
        }
        entries.put((String) key, (String) value);
        return super.put(key, value);
      }
    };
    try (InputStream in = anchor.getResourceAsStream("/" + path)) {
      if (in == null) {
        throw new IllegalStateException("no text file " + path + " beside " + anchor.getName());
      }
      ordered.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
    return Collections.unmodifiableMap(entries);
  }
}
