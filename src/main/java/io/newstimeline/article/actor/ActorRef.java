package io.newstimeline.article.actor;

import io.newstimeline.avro.Actor;
import io.newstimeline.avro.ActorKind;

/**
 * An actor as the extractor tracks it: the contract's id, display name and kind, plus what
 * reference resolution needs (gender for pronouns, whether a head of state for "the leaders", and
 * the id of the government or body a person belongs to, for "the North Korean leader").
 */
public record ActorRef(String id, String name, ActorKind kind, Gender gender, boolean leader, String affiliation) {

  /** An actor without affiliation. */
  public ActorRef(String id, String name, ActorKind kind, Gender gender, boolean leader) {
    this(id, name, kind, gender, leader, null);
  }

  /** Returns true when this actor is a person. */
  public boolean isPerson() {
    return kind == ActorKind.PERSON;
  }

  /** Returns a new contract {@link Actor} for this actor. */
  public Actor toAvro() {
    return new Actor(id, name, kind);
  }
}
