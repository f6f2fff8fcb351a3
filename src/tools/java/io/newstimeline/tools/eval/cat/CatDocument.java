package io.newstimeline.tools.eval.cat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One document in the CAT XML format of MEANTIME and SemEval-2015 TimeLine: its tokens with sentence
 * numbers, its TIMEX3, EVENT_MENTION and ENTITY_MENTION markables, cross-document instances and
 * relations. A raw (unannotated) document has tokens and at most its creation time.
 */
public record CatDocument(String docId, String name, String url, List<CatToken> tokens, List<CatTimex> timexes,
    List<CatMention> eventMentions, List<CatMention> entityMentions, List<CatInstance> instances,
    List<CatRelation> relations) {

  public CatDocument {
    tokens = List.copyOf(tokens);
    timexes = List.copyOf(timexes);
    eventMentions = List.copyOf(eventMentions);
    entityMentions = List.copyOf(entityMentions);
    instances = List.copyOf(instances);
    relations = List.copyOf(relations);
  }

  /** The document creation time, the reference for relative dates, when annotated. */
  public Optional<CatTimex> creationTime() {
    return timexes.stream().filter(CatTimex::isCreationTime).findFirst();
  }

  /**
   * The time relative dates resolve against: the creation time, or where a file lacks one (two
   * MEANTIME files do) the DATE timex of sentence 1, the dateline under the title.
   */
  public Optional<CatTimex> referenceTime() {
    return creationTime().or(() -> timexes.stream()
        .filter(t -> t.type().equals("DATE") && t.isInText() && sentenceOf(t.tokenIds()) == 1)
        .findFirst());
  }

  /** Returns the relations of {@code type}, in document order. */
  public List<CatRelation> relations(CatRelation.Type type) {
    return relations.stream().filter(r -> r.type() == type).toList();
  }

  /** Returns the token with {@code t_id} {@code tokenId}. */
  public CatToken token(int tokenId) {
    // t_ids count from 1 in reading order in both corpora; scan only if a file numbers otherwise.
    if (tokenId >= 1 && tokenId <= tokens.size() && tokens.get(tokenId - 1).id() == tokenId) {
      return tokens.get(tokenId - 1);
    }
    for (CatToken token : tokens) {
      if (token.id() == tokenId) {
        return token;
      }
    }
    throw new IllegalArgumentException(name + ": no token " + tokenId);
  }

  /** Returns the sentence number of the first of {@code tokenIds}, or -1 when there is none. */
  public int sentenceOf(List<Integer> tokenIds) {
    return tokenIds.isEmpty() ? -1 : token(tokenIds.get(0)).sentence();
  }

  /** Returns the tokens of {@code tokenIds} joined by spaces, as the annotators saw them. */
  public String words(List<Integer> tokenIds) {
    List<String> words = new ArrayList<>(tokenIds.size());
    for (int id : tokenIds) {
      words.add(token(id).text());
    }
    return String.join(" ", words);
  }

  /** Returns every markable with an id (timexes, mentions, instances) by id, for following relations. */
  public Map<String, Object> markablesById() {
    Map<String, Object> byId = new HashMap<>();
    timexes.forEach(t -> byId.put(t.id(), t));
    eventMentions.forEach(m -> byId.put(m.id(), m));
    entityMentions.forEach(m -> byId.put(m.id(), m));
    instances.forEach(i -> byId.put(i.id(), i));
    return byId;
  }

  /** The document's text rebuilt from its tokens, with each token's offsets. */
  public CatText text() {
    return CatText.of(tokens);
  }
}
