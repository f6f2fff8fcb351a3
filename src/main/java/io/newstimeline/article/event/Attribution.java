package io.newstimeline.article.event;

/**
 * Who a sentence reports as saying what: token ranges of the speaker, the speech verb and the
 * content, in one sentence.
 *
 * @param speakerFirst first token of the speaker phrase
 * @param speakerEnd token after the speaker phrase
 * @param verbFirst first token of the speech verb
 * @param verbEnd token after the speech verb
 * @param contentFirst first token of what was said
 * @param contentEnd token after what was said
 * @param kind what the verb says about the statement
 * @param perfect true for "has said", "had claimed": not dated to publication
 * @param modal true for "would say", "will announce": not (yet) said
 */
record Attribution(int speakerFirst, int speakerEnd, int verbFirst, int verbEnd, int contentFirst, int contentEnd,
    SpeechVerbs.Kind kind, boolean perfect, boolean modal) {

  /** Returns this attribution with the content starting at token {@code first}. */
  Attribution withContentFirst(int first) {
    return new Attribution(speakerFirst, speakerEnd, verbFirst, verbEnd, first, contentEnd, kind, perfect, modal);
  }

  /** Returns true when token {@code i} is part of the content. */
  boolean inContent(int i) {
    return i >= contentFirst && i < contentEnd;
  }

  /** Returns true when token {@code i} is part of the speaker phrase. */
  boolean inSpeaker(int i) {
    return i >= speakerFirst && i < speakerEnd;
  }
}
