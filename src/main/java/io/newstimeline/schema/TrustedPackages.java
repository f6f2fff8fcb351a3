package io.newstimeline.schema;

/**
 * Avro 1.12 only instantiates generated classes from packages it trusts; this adds the
 * project's generated package ({@code io.newstimeline.avro}) to that list once per JVM.
 */
final class TrustedPackages {

  static final String PROPERTY = "org.apache.avro.SERIALIZABLE_PACKAGES";
  static final String GENERATED_PACKAGE = "io.newstimeline.avro";

  private TrustedPackages() {}

  static synchronized void allowGeneratedClasses() {
    String current = System.getProperty(PROPERTY);
    if (current == null || current.isBlank()) {
      System.setProperty(PROPERTY, "java.lang,java.math,java.io,java.net,org.apache.avro.util," + GENERATED_PACKAGE);
    } else if (!current.contains(GENERATED_PACKAGE)) {
      System.setProperty(PROPERTY, current + "," + GENERATED_PACKAGE);
    }
  }
}
