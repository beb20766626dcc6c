package org.socialmap.cli.model;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Properties;

import org.socialmap.cli.Arguments;
import org.socialmap.cli.Options;
import org.socialmap.cli.UsageException;
import org.socialmap.rules.RuleSettings;

/** The {@code --settings FILE} option the model commands share: rule thresholds from a properties file. */
public final class Settings {

	public static final String OPTION = "--settings";

	private Settings() {
	}

	public static Options addTo(Options options) {
		return options.value(OPTION, "FILE",
				"Thresholds of the rules and the assistant, as a properties file (keys and defaults in docs/rules.md).");
	}

	public static RuleSettings from(Arguments arguments) throws UsageException, IOException {
		String file = arguments.value(OPTION, null);
		if (file == null) {
			return RuleSettings.defaults();
		}
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
			properties.load(reader);
		} catch (NoSuchFileException e) {
			throw new UsageException("settings file " + file + " does not exist");
		}
		try {
			return RuleSettings.from(properties);
		} catch (IllegalArgumentException e) {
			throw new UsageException(file + ": " + e.getMessage());
		}
	}
}
