package io.newstimeline.schema;

import org.apache.avro.data.TimeConversions;
import org.apache.avro.generic.GenericData;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.util.ClassSecurityValidator;

/**
 * JVM-wide Avro settings the generated classes need, applied once:
 * <ul>
 *   <li>Avro 1.12 only instantiates generated classes it trusts; the project's generated package
 *       ({@code io.newstimeline.avro}) is added to the trusted set, keeping the defaults and the
 *       {@code org.apache.avro.SERIALIZABLE_*} system properties;
 *   <li>decoded arrays ({@code GenericData.Array}) compare their elements with the shared
 *       {@code GenericData}/{@code SpecificData} models, which know no logical types by default, so
 *       {@code equals} on a record holding a list of dated records would throw; the date and
 *       timestamp conversions are registered on both.
 * </ul>
 */
public final class AvroRuntime {

  static final String GENERATED_PACKAGE_PREFIX = "io.newstimeline.avro.";

  private static boolean installed;

  private AvroRuntime() {}

  /** Applies the settings; later calls do nothing. */
  public static synchronized void install() {
    if (installed) {
      return;
    }
    ClassSecurityValidator.ClassSecurityPredicate previous = ClassSecurityValidator.getGlobal();
    ClassSecurityValidator.setGlobal(ClassSecurityValidator.composite(
        previous, type -> type.getName().startsWith(GENERATED_PACKAGE_PREFIX)));
    for (GenericData model : new GenericData[] {GenericData.get(), SpecificData.get()}) {
      model.addLogicalTypeConversion(new TimeConversions.DateConversion());
      model.addLogicalTypeConversion(new TimeConversions.TimestampMillisConversion());
    }
    installed = true;
  }
}
