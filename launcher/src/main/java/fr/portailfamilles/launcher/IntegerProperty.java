package fr.portailfamilles.launcher;

import java.util.Properties;

/** A whole number read from the launcher's {@code -Dportail.*} settings. */
final class IntegerProperty {

  private IntegerProperty() {
  }

  /**
   * The property's value, or {@code fallback} when it is absent or blank.
   *
   * @param expected what the value must be, for the error, such as « a port number »
   * @throws IllegalArgumentException naming the property when its value is not a number
   */
  static int read(Properties properties, String key, int fallback, String expected) {
    String value = properties.getProperty(key);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " must be " + expected + ", not '" + value + "'", e);
    }
  }
}
