package org.socialmap.cli;

import java.io.PrintStream;

/**
 * What a command writes to: its result goes to {@code out}, messages to {@code err}, and the steps of a
 * long run to {@code progress}, so that {@code out} can be piped into another program.
 */
public record CommandContext(PrintStream out, PrintStream err, Progress progress) {
}
