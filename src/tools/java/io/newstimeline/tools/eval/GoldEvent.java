package io.newstimeline.tools.eval;

import io.newstimeline.avro.DatePrecision;
import java.time.LocalDate;
import java.util.List;

/**
 * One hand-checked event of a gold file, its date normalised to inclusive days ("2022-10" as a
 * start is 2022-10-01, as an end 2022-12-31 style month end).
 *
 * @param tier {@code fixed} (the text fixes a calendar date) or {@code bounded} (only bounds are known)
 */
public record GoldEvent(LocalDate start, LocalDate end, DatePrecision precision, List<String> actors, String summary,
    String evidence, String dateExpression, String tier) {
}
