package org.socialmap.diagram.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * When each step of showing a diagram editor's first diagram happened, in milliseconds since the
 * editor began creating its controls: the Browser created, the server started, then the page's own
 * steps (page-timings.ts: navigation, html, script, session, connected, requested, drawn). The
 * studio prints them at start and the start benchmark reads them (docs/benchmarks.md).
 */
public final class OpeningTimes {

	private final long startMillis = System.currentTimeMillis();
	private final Map<String, Long> steps = new LinkedHashMap<>();

	static OpeningTimes start() {
		return new OpeningTimes();
	}

	void browserCreated() {
		record("browser", System.currentTimeMillis());
	}

	void serverStarted() {
		record("server", System.currentTimeMillis());
	}

	/** The page's steps, as epoch milliseconds, in the order it reached them. */
	void drawn(Map<String, Long> pageSteps) {
		pageSteps.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(step -> record(step.getKey(), step.getValue()));
	}

	private void record(String step, long epochMillis) {
		steps.putIfAbsent(step, epochMillis - startMillis);
	}

	/** Each step reached so far in the order reached, e.g. "browser 120 ms, server 1304 ms, navigation 1310 ms, ..., drawn 2950 ms". */
	@Override
	public String toString() {
		return steps.entrySet().stream().map(step -> step.getKey() + " " + step.getValue() + " ms").collect(Collectors.joining(", "));
	}
}
