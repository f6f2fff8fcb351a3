package io.newstimeline.schema;

import org.apache.avro.util.ClassSecurityValidator;

/**
 * Avro 1.12 only instantiates generated classes from packages it trusts; this adds the
 * project's generated package ({@code io.newstimeline.avro}) to that list once per JVM.
 *
 * <p>Avro reads its system property once, when its validator class initializes, which may already
 * have happened (loading a generated class does it); so the package is also added to the
 * validator's global predicate, which works whatever the order.
 */
final class TrustedPackages {

  static final String PROPERTY = "org.apache.avro.SERIALIZABLE_PACKAGES";
  static final String GENERATED_PACKAGE = "io.newstimeline.avro";

  private static boolean allowed;

  private TrustedPackages() {}

  static synchronized void allowGeneratedClasses() {
    if (allowed) {
      return;
    }
    String current = System.getProperty(PROPERTY);
    if (current == null || current.isBlank()) {
      System.setProperty(PROPERTY, "java.lang,java.math,java.io,java.net,org.apache.avro.util," + GENERATED_PACKAGE);
    } else if (!current.contains(GENERATED_PACKAGE)) {
      System.setProperty(PROPERTY, current + "," + GENERATED_PACKAGE);
    }
    ClassSecurityValidator.setGlobal(ClassSecurityValidator.composite(ClassSecurityValidator.getGlobal(),
        type -> type.getPackageName().equals(GENERATED_PACKAGE)));
    allowed = true;
  }
}
