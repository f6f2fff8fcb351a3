package io.newstimeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newstimeline.kafka.BrokerListener;
import io.newstimeline.kafka.BrokerOptions;
import io.newstimeline.kafka.EmbeddedKafkaBroker;
import io.newstimeline.kafka.KafkaClientConfigs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application on a secured cluster, configured only through {@code --client-config}: a real
 * in-process broker with a SASL_SSL listener (SCRAM-SHA-256) and an SSL listener requiring client
 * certificates (mutual TLS), both under a certificate authority made for the test. The demo runs
 * the whole pipeline (embedded registry on the cluster, producer, both Streams stages, readers)
 * on each; wrong credentials end the command with one line naming the listener.
 */
@Tag("broker")
class SecuredClusterIT {

  private static final String USER = "timeline-app";
  private static final String SECRET = "timeline-secret";

  @TempDir static Path dir;
  private static TestCertificates certificates;
  private static EmbeddedKafkaBroker broker;
  private static BrokerListener sasl;
  private static BrokerListener mtls;

  @BeforeAll
  static void startSecuredBroker() throws Exception {
    certificates = TestCertificates.create(dir);
    Path brokerStore = certificates.keystore("broker");
    Map<String, String> tls = Map.of(
        "ssl.keystore.location", brokerStore.toString(), "ssl.keystore.password", TestCertificates.PASSWORD,
        "ssl.keystore.type", "PKCS12", "ssl.key.password", TestCertificates.PASSWORD,
        "ssl.truststore.location", certificates.truststore().toString(),
        "ssl.truststore.password", TestCertificates.PASSWORD, "ssl.truststore.type", "PKCS12");
    Map<String, String> saslSettings = new HashMap<>(tls);
    saslSettings.put("sasl.enabled.mechanisms", "SCRAM-SHA-256");
    saslSettings.put("scram-sha-256.sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required;");
    Map<String, String> mtlsSettings = new HashMap<>(tls);
    mtlsSettings.put("ssl.client.auth", "required");
    broker = EmbeddedKafkaBroker.start(BrokerOptions.defaults().withPort(0)
        .withListener(new BrokerListener("SECURED", "SASL_SSL", 0, saslSettings))
        .withListener(new BrokerListener("MUTUAL", "SSL", 0, mtlsSettings)));
    sasl = broker.listener("SECURED");
    mtls = broker.listener("MUTUAL");
    // The broker's own plaintext listener is where an operator creates the application's user.
    try (Admin admin = Admin.create(KafkaClientConfigs.common(broker.bootstrapServers(), "scram-setup"))) {
      admin.alterUserScramCredentials(List.of(new UserScramCredentialUpsertion(USER,
          new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_256, 4096), SECRET))).all().get(30, TimeUnit.SECONDS);
    }
  }

  @AfterAll
  static void stopBroker() {
    if (broker != null) {
      broker.close();
    }
  }

  @Test
  void shouldRunTheWholePipelineOverSaslSslWithScram() throws Exception {
    Path config = clientConfig("sasl.properties", saslConfig(SECRET));

    CliRun run = CliRun.of("demo", "--once", "--bootstrap-servers", sasl.bootstrapServers(), "--client-config",
        config.toString(), "--registry-port", "0", "--http-port", "0", "--topic-prefix", "sasl.", "--registry-topic", "_sasl-schemas",
        "--application-id", "sasl-timeline");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Kafka at " + sasl.bootstrapServers(), "TIMELINE (16 entries", "NEW LINK  Kim Jong Un <-> Vladimir Putin");
  }

  @Test
  void shouldRunTheWholePipelineOverMutualTls() throws Exception {
    Path clientStore = certificates.keystore("timeline-client");
    Path config = clientConfig("mtls.properties", mtlsConfig(clientStore));

    CliRun run = CliRun.of("demo", "--once", "--bootstrap-servers", mtls.bootstrapServers(), "--client-config",
        config.toString(), "--registry-port", "0", "--http-port", "0", "--topic-prefix", "mtls.", "--registry-topic", "_mtls-schemas",
        "--application-id", "mtls-timeline");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Kafka at " + mtls.bootstrapServers(), "TIMELINE (16 entries", "NEW LINK  Kim Jong Un <-> Vladimir Putin");
  }

  @Test
  @Timeout(60)
  void shouldRefuseAWrongPasswordWithOneLineNamingTheListener() throws Exception {
    Path config = clientConfig("wrong-password.properties", saslConfig("not-the-secret"));

    CliRun run = CliRun.of("timeline", "--bootstrap-servers", sasl.bootstrapServers(), "--client-config",
        config.toString(), "--topic-prefix", "sasl.");

    assertThat(run.exitCode()).isEqualTo(Main.EXIT_INPUT);
    assertThat(run.err().lines().toList()).hasSize(1);
    assertThat(run.err()).startsWith("news-timeline: cannot authenticate to the SASL_SSL listener at "
        + sasl.bootstrapServers() + ":");
  }

  @Test
  @Timeout(60)
  void shouldRefuseACertificateTheClusterDoesNotTrustWithOneLineNamingTheListener() throws Exception {
    Path stranger = certificates.selfSignedKeystore("stranger");
    Path config = clientConfig("stranger.properties", mtlsConfig(stranger));

    CliRun run = CliRun.of("timeline", "--bootstrap-servers", mtls.bootstrapServers(), "--client-config",
        config.toString(), "--topic-prefix", "mtls.");

    assertThat(run.exitCode()).isEqualTo(Main.EXIT_INPUT);
    assertThat(run.err().lines().toList()).hasSize(1);
    assertThat(run.err()).startsWith("news-timeline: cannot authenticate to the SSL listener at "
        + mtls.bootstrapServers() + ":");
  }

  private static String saslConfig(String password) {
    return "security.protocol=SASL_SSL\n"
        + "sasl.mechanism=SCRAM-SHA-256\n"
        + "sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + USER
        + "\" password=\"" + password + "\";\n"
        + trust();
  }

  private static String mtlsConfig(Path keystore) {
    return "security.protocol=SSL\n"
        + "ssl.keystore.location=" + keystore + "\n"
        + "ssl.keystore.password=" + TestCertificates.PASSWORD + "\n"
        + "ssl.keystore.type=PKCS12\n"
        + "ssl.key.password=" + TestCertificates.PASSWORD + "\n"
        + trust();
  }

  private static String trust() {
    return "ssl.truststore.location=" + certificates.truststore() + "\n"
        + "ssl.truststore.password=" + TestCertificates.PASSWORD + "\n"
        + "ssl.truststore.type=PKCS12\n";
  }

  private static Path clientConfig(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }
}
