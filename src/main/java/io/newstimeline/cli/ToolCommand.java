package io.newstimeline.cli;

import java.util.concurrent.Callable;

/**
 * A command of the tools jar (benchmark, fault soak, corpus evaluation): the command line adds
 * every one listed under {@code META-INF/services} on the class path, so the product jar runs
 * without them and {@code java -jar news-timeline-tools.jar} runs them beside the product's.
 */
public interface ToolCommand extends Callable<Integer> {
}
