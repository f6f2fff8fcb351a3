package io.newstimeline.tools.eval.corpus;

/**
 * One row of the corpus table: a corpus (or all of them) and its scores. Each metric is a field
 * summed document by document; a new metric is a new field here, a new column in
 * {@link CorpusEvaluation#table()} and a key in its JSON.
 *
 * @param eventDates events anchored to a date written in the text
 * @param creationDates events anchored to the document creation time (the publication day)
 * @param participants the actors of extracted events against the gold participants (HAS_PARTICIPANT)
 */
public record CorpusScores(String corpus, int documents, DateValueScore dates, EventDateScore eventDates,
    EventDateScore creationDates, ParticipantScore participants) {

  /** An empty row named {@code corpus}. */
  public static CorpusScores empty(String corpus) {
    return new CorpusScores(corpus, 0, DateValueScore.NONE, EventDateScore.NONE, EventDateScore.NONE,
        ParticipantScore.NONE);
  }

  /** Returns the sum of this row and {@code other}, named {@code corpus}. */
  public CorpusScores plus(String corpus, CorpusScores other) {
    return new CorpusScores(corpus, documents + other.documents, dates.plus(other.dates),
        eventDates.plus(other.eventDates), creationDates.plus(other.creationDates),
        participants.plus(other.participants));
  }
}
