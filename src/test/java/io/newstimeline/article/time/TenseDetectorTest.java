package io.newstimeline.article.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.newstimeline.article.parse.ParsedSentence;
import org.junit.jupiter.api.Test;

class TenseDetectorTest {

  private static Tense tense(String text) {
    return TenseDetector.of(ParsedSentence.of(text));
  }

  @Test
  void shouldReadTheTenseFromAuxiliariesAndVerbForms() {
    assertThat(tense("Kim was reported to have set off for Russia.")).isEqualTo(Tense.PAST);
    assertThat(tense("The envoys urged restraint.")).isEqualTo(Tense.PAST);
    assertThat(tense("Putin and Kim have swapped letters.")).isEqualTo(Tense.PERFECT);
    assertThat(tense("Mr Putin is attending an international forum.")).isEqualTo(Tense.PROGRESSIVE);
    assertThat(tense("The leaders will meet on Wednesday.")).isEqualTo(Tense.FUTURE);
    assertThat(tense("Kim is due to arrive on Tuesday.")).isEqualTo(Tense.FUTURE);
    assertThat(tense("This happens each year.")).isEqualTo(Tense.PRESENT);
  }

  @Test
  void shouldNotTakeAdjectivesEndingInEdForPastVerbs() {
    assertThat(tense("He travels in his armoured train with like-minded allies.")).isEqualTo(Tense.PRESENT);
  }
}
