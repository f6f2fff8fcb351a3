package io.newstimeline.article.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.newstimeline.article.TestArticles;
import io.newstimeline.avro.Actor;
import io.newstimeline.avro.Article;
import io.newstimeline.avro.EventDate;
import io.newstimeline.avro.EventOrigin;
import io.newstimeline.avro.NewsEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventExtractorTest {

  private static final EventExtractor EXTRACTOR = new EventExtractor(TestArticles.gazetteer());

  /** "TYPE start..end PRECISION [actor, ...]" for each event of {@code body} published Wednesday 30 August 2023 in London. */
  private static List<String> events(String body) {
    return events(TestArticles.london(body));
  }

  private static List<String> events(Article article) {
    return EXTRACTOR.extract(article).stream().map(EventExtractorTest::describe).toList();
  }

  private static String describe(NewsEvent event) {
    EventDate date = event.getDate();
    return event.getType() + " " + date.getStart() + ".." + date.getEnd() + " " + date.getPrecision() + " "
        + event.getActors().stream().map(Actor::getName).toList();
  }

  @Test
  void shouldDateAStatementToPublicationAndKeepItsSubjectsAsActors() {
    assertThat(events("Putin and Kim have exchanged gifts, the Kremlin said.")).containsExactly(
        "STATEMENT 2023-08-30..2023-08-30 DAY [Russia, Vladimir Putin, Kim Jong Un]");
  }

  @Test
  void shouldDateAStatementByItsOwnDateWords() {
    assertThat(events("The White House warned on Monday that any arms deal would breach sanctions.")).containsExactly(
        "STATEMENT 2023-08-28..2023-08-28 DAY [United States]");
  }

  @Test
  void shouldAddTheReportedEventWhenTheStatementDatesIt() {
    assertThat(events("Kim Jong Un visited a tank factory on Tuesday, state media reported.")).containsExactly(
        "VISIT 2023-08-29..2023-08-29 DAY [Kim Jong Un]");
    assertThat(events("Sergei Shoigu, during a recent visit to Pyongyang, urged more sales, spokesman John Kirby said."))
        .containsExactly(
            "STATEMENT 2023-08-30..2023-08-30 DAY [John Kirby, Sergei Shoigu]",
            "VISIT null..2023-08-30 ON_OR_BEFORE [Sergei Shoigu, North Korea]");
  }

  @Test
  void shouldKeepTheBodyInASpeakersRoleAsHisAffiliationNotASecondSpeaker() {
    assertThat(events("Acme Aircraft Corporation delivered its first jet on Sunday. Scott Carson, president and CEO"
        + " of Acme Aircraft Corporation said on Monday, \"This has been a wonderful day.\"")).containsExactly(
            "TRANSACTION 2023-08-27..2023-08-27 DAY [Acme Aircraft]",
            "STATEMENT 2023-08-28..2023-08-28 DAY [Scott Carson]");
  }

  @Test
  void shouldReadAStateAfterATownAsAPlaceNotAParticipant() {
    assertThat(events("Boeing delivered its first jet on Sunday at its factory near Seattle, Washington, in front of"
        + " guests. Boeing said the jet would fly in May.")).containsExactly(
            "TRANSACTION 2023-08-27..2023-08-27 DAY [Boeing]",
            "STATEMENT 2023-08-30..2023-08-30 DAY [Boeing]");
  }

  @Test
  void shouldNotMakeAStatementOfPerfectOrModalSpeech() {
    assertThat(events("North Korea has said the sanctions are illegal.")).isEmpty();
    assertThat(events("Russia would say the talks were routine.")).isEmpty();
  }

  @Test
  void shouldMergeContinuationsAndDirectQuotesIntoTheSpeakersStatement() {
    assertThat(events(String.join(" ",
        "Downing Street said allies were standing together.",
        "\"We are united,\" the Prime Minister's spokesman said.",
        "It added that more sanctions were coming."))).containsExactly(
            "STATEMENT 2023-08-30..2023-08-30 DAY [UK Prime Minister's Office]");
  }

  @Test
  void shouldGiveAnEnvoysStatementToTheirGovernment() {
    assertThat(events("\"This must stop,\" according to a statement read by US ambassador to the UN Linda Thomas-Greenfield."))
        .containsExactly("STATEMENT 2023-08-30..2023-08-30 DAY [Linda Thomas-Greenfield, United States]");
  }

  @Test
  void shouldReadAPastTenseEventWithoutDateWordsAsOnOrBeforePublication() {
    assertThat(events("Prigozhin was killed in a plane crash.")).containsExactly(
        "DEATH null..2023-08-30 ON_OR_BEFORE [Yevgeny Prigozhin]");
  }

  @Test
  void shouldDateAGoingOnEventToPublication() {
    assertThat(events("Mr Putin is attending a forum in Vladivostok.")).containsExactly(
        "OTHER 2023-08-30..2023-08-30 DAY [Vladimir Putin]");
  }

  @Test
  void shouldSkipTimelessAndHedgedEvents() {
    assertThat(events("Kim visits factories each year.")).isEmpty();
    assertThat(events("Pyongyang appears ready to supply weapons to Moscow.")).isEmpty();
    assertThat(events("A possible venue for the meeting is Vladivostok.")).isEmpty();
    assertThat(events("Putin and Kim are believed to have exchanged letters.")).isEmpty();
    assertThat(events("Kim did not meet Putin.")).isEmpty();
  }

  @Test
  void shouldNotCountTheGovernmentsOfPlacesAndTargetsAsParticipants() {
    assertThat(events("Kim Jong Un set off for Russia in his armoured train on Sunday night.")).containsExactly(
        "TRAVEL 2023-08-27..2023-08-27 DAY [Kim Jong Un]");
    assertThat(events("Russian Foreign Minister Sergei Lavrov arrived in Pyongyang on Monday.")).containsExactly(
        "TRAVEL 2023-08-28..2023-08-28 DAY [Sergei Lavrov, North Korea]");
  }

  @Test
  void shouldMakeOneEventPerClauseSharingDateAndSubject() {
    assertThat(events("Kim visited a jet factory on Monday and inspected the Pacific Fleet on Tuesday.")).containsExactly(
        "VISIT 2023-08-28..2023-08-28 DAY [Kim Jong Un]",
        "VISIT 2023-08-29..2023-08-29 DAY [Kim Jong Un]");
    assertThat(events("Kim last visited Russia in April 2019, when he met Mr Putin in Vladivostok.")).containsExactly(
        "VISIT 2019-04-01..2019-04-30 MONTH [Kim Jong Un, Russia]",
        "MEETING 2019-04-01..2019-04-30 MONTH [Kim Jong Un, Vladimir Putin]");
  }

  @Test
  void shouldTurnADurationIntoAnEventOfItsOwn() {
    assertThat(events("Foreign Minister Sergei Lavrov arrived in Pyongyang on Monday for a three-day visit.")).containsExactly(
        "TRAVEL 2023-08-28..2023-08-28 DAY [Sergei Lavrov, North Korea]",
        "VISIT 2023-08-28..2023-08-30 RANGE [Sergei Lavrov, North Korea]");
  }

  @Test
  void shouldPointAnEventAtTheEventItFollows() {
    List<NewsEvent> events = EXTRACTOR.extract(TestArticles.london(String.join(" ",
        "Sergei Shoigu visited Pyongyang on 25 July.",
        "Putin and Kim exchanged letters following Mr Shoigu's visit.")));

    assertThat(events).extracting(EventExtractorTest::describe).containsExactly(
        "VISIT 2023-07-25..2023-07-25 DAY [Sergei Shoigu, North Korea]",
        "COMMUNICATION 2023-07-25..2023-08-30 RANGE [Vladimir Putin, Kim Jong Un]");
    assertThat(events.get(1).getAfter()).isEqualTo(events.get(0).getId());
    assertThat(events.get(1).getDate().getExpression()).isEqualTo("following Mr Shoigu's visit");
  }

  @Test
  void shouldBoundAnEventByTheEventItPrecedesWithoutLinkingItAsFollowing() {
    List<NewsEvent> events = EXTRACTOR.extract(TestArticles.london(String.join(" ",
        "Putin and Kim met at the cosmodrome on Tuesday.",
        "The pair toured a rocket hall before their talks.")));

    assertThat(events).extracting(EventExtractorTest::describe).containsExactly(
        "MEETING 2023-08-29..2023-08-29 DAY [Vladimir Putin, Kim Jong Un]",
        "VISIT null..2023-08-29 ON_OR_BEFORE [Vladimir Putin, Kim Jong Un]");
    assertThat(events.get(1).getAfter()).isNull();
  }

  @Test
  void shouldCountDaysFromThePreviousEvent() {
    List<NewsEvent> events = EXTRACTOR.extract(TestArticles.london(String.join(" ",
        "Kim arrived in Vladivostok on 12 August.",
        "Two days later, he met Putin.")));

    assertThat(events).extracting(EventExtractorTest::describe).containsExactly(
        "TRAVEL 2023-08-12..2023-08-12 DAY [Kim Jong Un]",
        "MEETING 2023-08-14..2023-08-14 DAY [Kim Jong Un, Vladimir Putin]");
    assertThat(events.get(1).getAfter()).isEqualTo(events.get(0).getId());
  }

  @Test
  void shouldCountFromTheEventAGerundNames() {
    List<NewsEvent> events = EXTRACTOR.extract(TestArticles.london(String.join(" ",
        "Kim arrived in Vladivostok on 12 August.",
        "A day after arriving, he met Putin at a shipyard.")));

    assertThat(events).extracting(EventExtractorTest::describe).containsExactly(
        "TRAVEL 2023-08-12..2023-08-12 DAY [Kim Jong Un]",
        "MEETING 2023-08-13..2023-08-13 DAY [Kim Jong Un, Vladimir Putin]");
    assertThat(events.get(1).getAfter()).isEqualTo(events.get(0).getId());
  }

  @Test
  void shouldNotMakeEventsOfBackgroundHypotheticalsOrDenials() {
    assertThat(events(String.join(" ",
        "It comes as Russia is looking to North Korea for munitions.",
        "Any arms deals would violate UN resolutions, the four countries said in a joint statement.",
        "But both North Korea and Russia have denied US allegations about weapons."))).isEmpty();
  }

  @Test
  void shouldDropARepeatedMentionDatedOnlyByTense() {
    assertThat(events(String.join(" ",
        "The Government said King Charles sent a message on North Korea's national day.",
        "The King's message was sent via its embassy."))).containsExactly(
            "STATEMENT 2023-08-30..2023-08-30 DAY [UK Government, King Charles III]",
            "COMMUNICATION 2022-09-09..2022-09-09 DAY [King Charles III, North Korea]");
  }

  @Test
  void shouldFillTheContractFieldsFromTheArticle() {
    Article article = TestArticles.london("Kim Jong Un set off on Sunday night.");

    NewsEvent event = EXTRACTOR.extract(article).get(0);

    assertThat(event.getId()).isEqualTo("test:0:TRAVEL");
    assertThat(event.getArticleId()).isEqualTo("test");
    assertThat(event.getOutlet()).isEqualTo("Test Gazette");
    assertThat(event.getEvidence()).isEqualTo("Kim Jong Un set off on Sunday night.");
    assertThat(event.getEvidenceStart()).isEqualTo(0);
    assertThat(event.getEvidenceEnd()).isEqualTo(36);
    assertThat(event.getReportedAt()).isEqualTo(article.getPublished());
    assertThat(event.getDate().getExpression()).isEqualTo("on Sunday night");
    assertThat(event.getOrigin()).isEqualTo(EventOrigin.EXTRACTED);
    assertThat(event.getSummary()).isEqualTo("Kim Jong Un — travel: set off on Sunday night.");
  }

  @Test
  void shouldGiveTheSameIdsForTheSameArticle() {
    Article article = TestArticles.london(String.join("\n",
        "Kim visited a jet factory on Monday and inspected the Pacific Fleet on Tuesday.",
        "The Kremlin said the visit went well."));

    List<NewsEvent> first = EXTRACTOR.extract(article);
    List<NewsEvent> second = new EventExtractor(TestArticles.gazetteer()).extract(article);

    assertThat(first).isEqualTo(second);
    assertThat(first).extracting(NewsEvent::getId).containsExactly(
        "test:0:VISIT", "test:0:VISIT:2", "test:80:STATEMENT");
  }

  @Test
  void shouldDateAnArticlePublishedLateInTheEveningInTheOutletsZone() {
    Article article = TestArticles.article("2023-08-30T23:30:00-04:00", "America/New_York",
        "The envoys met on Wednesday.\nPutin spoke today.");

    assertThat(events(article)).isEmpty();
    assertThat(events(TestArticles.article("2023-08-30T23:30:00-04:00", "America/New_York",
        "Kim met Putin on Wednesday."))).containsExactly("MEETING 2023-08-30..2023-08-30 DAY [Kim Jong Un, Vladimir Putin]");
  }

  @Test
  void shouldIgnorePageFurniture() {
    assertThat(events(String.join("\n",
        "Kim Jong Un meets Putin. Picture: Getty",
        "Read more: Kim met Putin on Tuesday.",
        "Putin breaks silence after Kim visit"))).isEmpty();
  }
}
