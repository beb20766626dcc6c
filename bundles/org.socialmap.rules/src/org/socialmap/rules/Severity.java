package org.socialmap.rules;

/** How serious a finding is; errors make {@code socialmap validate} exit with 1. */
public enum Severity {
	INFO, WARNING, ERROR
}
