package io.newstimeline.timeline;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.apache.kafka.common.utils.Bytes;

/**
 * Keys made of arbitrary Unicode parts, separators included, never collide, scan exactly by prefix
 * and keep the order of their last part, as UTF-8 bytes (how the stores order them).
 */
class CompositeKeyTest {

  /** Every character the codec or an earlier key layout treats specially. */
  private static final List<Integer> SEPARATORS = List.of((int) '|', (int) '{', (int) '}', (int) ',', (int) '\\', 0);

  /** Unicode strings of 0 to 8 code points, a third of them separators, no lone surrogate (not an id, see EventValidator). */
  @Provide
  Arbitrary<String> parts() {
    Arbitrary<Integer> separator = Arbitraries.of(SEPARATORS);
    Arbitrary<Integer> letter = Arbitraries.integers().between('a', 'c');
    Arbitrary<Integer> any = Arbitraries.integers().between(0, Character.MAX_CODE_POINT)
        .filter(cp -> cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE);
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(3, separator), net.jqwik.api.Tuple.of(3, letter), net.jqwik.api.Tuple.of(4, any))
        .list().ofMaxSize(8)
        .map(cps -> new String(cps.stream().mapToInt(Integer::intValue).toArray(), 0, cps.size()));
  }

  @Provide
  Arbitrary<List<String>> keys() {
    return parts().list().ofMinSize(1).ofMaxSize(4);
  }

  @Property(tries = 2000)
  void shouldGiveBackThePartsOfEveryKey(@ForAll("keys") List<String> parts) {
    countSeparators(parts);

    assertThat(CompositeKey.parts(CompositeKey.of(parts.toArray(String[]::new)))).isEqualTo(parts);
  }

  @Property(tries = 3000)
  void shouldGiveDifferentPartsDifferentKeys(@ForAll("keys") List<String> a, @ForAll("keys") List<String> b) {
    countSeparators(a);
    Statistics.label("same parts").collect(a.equals(b));

    assertThat(bytes(key(a)).equals(bytes(key(b)))).isEqualTo(a.equals(b));
  }

  @Property(tries = 3000)
  void shouldHoldInAPrefixRangeExactlyTheKeysThatExtendThePrefix(@ForAll("keys") List<String> prefix,
      @ForAll("keys") List<String> other, @ForAll("keys") List<String> rest) {
    countSeparators(prefix);
    // A candidate extends the prefix, nearly does (its last part is longer: "russia|x4" for "russia"), or is any key.
    List<String> candidate = switch (rest.size()) {
      case 1, 2 -> concat(prefix, rest);
      case 3 -> nearMiss(prefix, rest);
      default -> other;
    };
    boolean extendsPrefix = candidate.size() > prefix.size() && candidate.subList(0, prefix.size()).equals(prefix);
    Statistics.label("extends the prefix").collect(extendsPrefix);
    String key = key(prefix);

    Bytes from = bytes(CompositeKey.firstExtending(key));
    Bytes to = bytes(CompositeKey.pastExtending(key));
    Bytes candidateKey = bytes(key(candidate));
    assertThat(candidateKey.compareTo(from) >= 0 && candidateKey.compareTo(to) < 0).isEqualTo(extendsPrefix);
    Statistics.label("extends the prefix").coverage(coverage -> coverage.check(true).percentage(p -> p > 25));
  }

  @Property(tries = 3000)
  void shouldOrderKeysWithTheSameLeadingPartsByTheirLastPart(@ForAll("keys") List<String> leading,
      @ForAll("parts") String a, @ForAll("parts") String b) {
    countSeparators(List.of(a, b));

    int byKey = Integer.signum(bytes(key(concat(leading, List.of(a)))).compareTo(bytes(key(concat(leading, List.of(b))))));

    assertThat(byKey).isEqualTo(Integer.signum(bytes(a).compareTo(bytes(b))));
  }

  @Example
  void shouldKeepIdsWithoutEscapedCharactersAsTheyAre() {
    assertThat(CompositeKey.of("kim-jong-un", "vladimir-putin")).isEqualTo("kim-jong-un|vladimir-putin");
    assertThat(CompositeKey.of("russia|x4", "china")).isEqualTo("russia{}x4|china");
    assertThat(CompositeKey.of("a{b")).isEqualTo("a{{b");
  }

  @Example
  void shouldRefuseAKeyItDidNotMake() {
    assertThatThrownBy(() -> CompositeKey.parts("a{x")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad escape");
    assertThatThrownBy(() -> CompositeKey.parts("a{")).isInstanceOf(IllegalArgumentException.class);
  }

  /** Fails the property unless at least a third of its tries held a separator: it cannot pass on plain ids alone. */
  private static void countSeparators(List<String> parts) {
    boolean separator = parts.stream().anyMatch(part -> part.codePoints().anyMatch(SEPARATORS::contains));
    Statistics.label("holds a separator").collect(separator);
    Statistics.label("holds a separator").coverage(coverage -> coverage.check(true).percentage(p -> p > 33));
  }

  /** {@code prefix} with {@code rest}'s first part appended to its last part, then the rest of {@code rest}. */
  private static List<String> nearMiss(List<String> prefix, List<String> rest) {
    String[] parts = concat(prefix, rest.subList(1, rest.size())).toArray(String[]::new);
    parts[prefix.size() - 1] += rest.get(0);
    return List.of(parts);
  }

  private static String key(List<String> parts) {
    return CompositeKey.of(parts.toArray(String[]::new));
  }

  private static List<String> concat(List<String> a, List<String> b) {
    String[] all = Arrays.copyOf(a.toArray(String[]::new), a.size() + b.size());
    System.arraycopy(b.toArray(String[]::new), 0, all, a.size(), b.size());
    return List.of(all);
  }

  private static Bytes bytes(String text) {
    return Bytes.wrap(text.getBytes(UTF_8));
  }
}
