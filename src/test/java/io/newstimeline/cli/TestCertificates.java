package io.newstimeline.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A certificate authority made for one test run with the JDK's {@code keytool}, and PKCS12 key
 * stores it signs: one for the broker (valid for 127.0.0.1 and localhost) and one per client, plus
 * a trust store holding only the CA. Nothing is downloaded; the files live in {@code dir}.
 */
final class TestCertificates {

  static final String PASSWORD = "test-store-pass";

  private final Path dir;

  private TestCertificates(Path dir) {
    this.dir = dir;
  }

  /** Makes the CA and its trust store in {@code dir}. */
  static TestCertificates create(Path dir) throws IOException, InterruptedException {
    TestCertificates certificates = new TestCertificates(dir);
    certificates.keytool("-genkeypair", "-alias", "ca", "-keystore", "ca.p12", "-dname", "CN=news-timeline test CA",
        "-ext", "bc:c", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2");
    certificates.keytool("-exportcert", "-alias", "ca", "-keystore", "ca.p12", "-rfc", "-file", "ca.pem");
    certificates.keytool("-importcert", "-alias", "ca", "-file", "ca.pem", "-keystore", "truststore.p12", "-noprompt");
    return certificates;
  }

  /** Returns the trust store holding the CA. */
  Path truststore() {
    return dir.resolve("truststore.p12");
  }

  /** Makes a key store for {@code name} whose certificate the CA signed, valid for loopback. */
  Path keystore(String name) throws IOException, InterruptedException {
    String store = name + ".p12";
    keytool("-genkeypair", "-alias", name, "-keystore", store, "-dname", "CN=" + name, "-keyalg", "RSA",
        "-keysize", "2048", "-validity", "2");
    keytool("-certreq", "-alias", name, "-keystore", store, "-file", name + ".csr");
    keytool("-gencert", "-alias", "ca", "-keystore", "ca.p12", "-infile", name + ".csr", "-outfile", name + ".pem",
        "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2");
    keytool("-importcert", "-alias", "ca", "-file", "ca.pem", "-keystore", store, "-noprompt");
    keytool("-importcert", "-alias", name, "-file", name + ".pem", "-keystore", store, "-noprompt");
    return dir.resolve(store);
  }

  /** Makes a key store for {@code name} with a certificate the CA did not sign. */
  Path selfSignedKeystore(String name) throws IOException, InterruptedException {
    String store = name + ".p12";
    keytool("-genkeypair", "-alias", name, "-keystore", store, "-dname", "CN=" + name, "-keyalg", "RSA",
        "-keysize", "2048", "-validity", "2");
    return dir.resolve(store);
  }

  private void keytool(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
    command.addAll(List.of(args));
    command.addAll(List.of("-storetype", "PKCS12", "-storepass", PASSWORD));
    if (List.of(args).contains("-genkeypair")) {
      command.addAll(List.of("-keypass", PASSWORD));
    }
    Path output = Files.createTempFile(dir, "keytool", ".txt");
    Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(output.toFile()).start();
    if (!process.waitFor(1, TimeUnit.MINUTES) || process.exitValue() != 0) {
      process.destroyForcibly();
      throw new IllegalStateException("keytool " + String.join(" ", args) + " failed: "
          + Files.readString(output, StandardCharsets.UTF_8));
    }
  }
}
