package io.newstimeline.article.actor;

/**
 * One reference to an actor in a sentence.
 *
 * @param actor who is meant
 * @param start offset of the mention in the sentence
 * @param end offset after the mention in the sentence
 * @param firstToken index of the mention's first token
 * @param endToken index after the mention's last token
 * @param kind how the actor is referred to
 * @param inTitle true when the mention only qualifies a person's title ("Russian" in "Russian
 *     defence minister Sergei Shoigu", "US" in "US ambassador to the UN ..."): an affiliation, not a
 *     participant
 */
public record ActorMention(ActorRef actor, int start, int end, int firstToken, int endToken, MentionKind kind,
    boolean inTitle) {

  /** Returns this mention marked as part of a title. */
  public ActorMention asTitle() {
    return new ActorMention(actor, start, end, firstToken, endToken, kind, true);
  }
}
