package io.newstimeline.article.time;

/**
 * A date expression of an article body, resolved: {@code begin}/{@code end} are character offsets
 * into the body, {@code value} its TIMEX3 value (null when it names no calendar value, as "the past
 * week" or "after the summit"), {@code interval} the days events it dates get (null when none).
 */
public record DateMention(int begin, int end, String text, String value, DateInterval interval) {
}
