package io.newstimeline.article.json;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.newstimeline.article.time.DateMention;
import java.util.List;

/**
 * A date expression in JSON: character offsets into the body, the words, the TIMEX3 value and the
 * interval events dated by it get ({@code null} when it names none).
 */
@JsonPropertyOrder({"begin", "end", "text", "value", "date"})
public record DateMentionJson(int begin, int end, String text, String value, DateJson date) {

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** Returns {@code mention} as JSON. */
  public static DateMentionJson of(DateMention mention) {
    DateJson date = mention.interval() == null ? null : DateJson.of(mention.interval().toEventDate(mention.text()));
    return new DateMentionJson(mention.begin(), mention.end(), mention.text(), mention.value(), date);
  }

  /** Returns {@code mentions} as one indented JSON array. */
  public static String toJson(List<DateMention> mentions) {
    try {
      return JSON.writeValueAsString(mentions.stream().map(DateMentionJson::of).toList());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Date mentions are plain values and always serialise", e);
    }
  }
}
