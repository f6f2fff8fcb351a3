package io.newstimeline.cli;

import io.newstimeline.kafka.GroupProgress;
import io.newstimeline.kafka.GroupProgress.TopicProgress;
import java.io.PrintStream;
import java.util.List;
import java.util.function.Consumer;

/**
 * The progress of a Streams application as one bar per source topic, in topology order: the
 * events, then each repartition topic. A topic's input is complete once every topic before it is
 * processed, so the bar drawn is that of the first topic not yet processed; finished bars stay on
 * their own line. Checks of the pipeline's next application (another first topic) start its own
 * bars below.
 */
final class StageBars implements Consumer<GroupProgress.Check> {

  private final PrintStream err;
  private final String applicationId;
  private boolean drawn;
  private int current;
  private String firstTopic;

  /** Bars on {@code err} for application {@code applicationId}, whose prefix is left out of the labels. */
  StageBars(PrintStream err, String applicationId) {
    this.err = err;
    this.applicationId = applicationId;
  }

  @Override
  public void accept(GroupProgress.Check check) {
    List<TopicProgress> topics = check.topics();
    if (topics.isEmpty()) {
      return;
    }
    if (!topics.get(0).topic().equals(firstTopic)) {
      if (firstTopic != null) {
        err.println(); // the previous application's last bar, drawn at its last check
      }
      firstTopic = topics.get(0).topic();
      current = 0;
    }
    while (current < topics.size() - 1 && topics.get(current).reached()) {
      draw(topics.get(current));
      err.println();
      current++;
    }
    draw(topics.get(current));
  }

  /** Ends the last bar's line. */
  void finish() {
    if (drawn) {
      err.println();
    }
  }

  private void draw(TopicProgress topic) {
    drawn = true;
    String label = topic.topic().replace(applicationId + "-", "").replace("-repartition", "");
    ProgressBar.print(err, label, topic.done(), topic.total());
  }
}
