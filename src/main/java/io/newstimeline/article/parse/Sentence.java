package io.newstimeline.article.parse;

/**
 * One sentence of an article body: its exact text and its offsets into the original body.
 *
 * @param index position of the sentence among the article's sentences, from 0
 * @param text the sentence exactly as in the body ({@code body.substring(start, end)})
 * @param start offset of the first character in the body
 * @param end offset after the last character in the body
 */
public record Sentence(int index, String text, int start, int end) {
}
