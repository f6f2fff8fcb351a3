package io.newstimeline.tools.eval.cat;

/**
 * One token of a CAT document, in reading order: its {@code t_id}, the sentence it belongs to
 * (sentence 0 is the title) and its position in the document.
 */
public record CatToken(int id, int sentence, int number, String text) {
}
