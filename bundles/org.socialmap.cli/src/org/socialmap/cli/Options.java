package org.socialmap.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.socialmap.cli.output.TextTable;

/**
 * The options of one command. Parsing is strict: an unknown option, a missing or unexpected value and
 * an option given twice are usage errors. Values follow the option ({@code --format json}) or an equals
 * sign ({@code --format=json}); {@code --} ends the options.
 */
public final class Options {

	private final Map<String, Option> options = new LinkedHashMap<>();

	/** An option without a value. */
	public Options flag(String name, String description) {
		return add(new Option(name, null, List.of(), description));
	}

	/** An option with a value of the user's choosing, e.g. {@code --output FILE}. */
	public Options value(String name, String valueName, String description) {
		return add(new Option(name, valueName, List.of(), description));
	}

	/** An option whose value is one of a few words, e.g. {@code --format text|json}. */
	public Options choice(String name, List<String> allowed, String description) {
		return add(new Option(name, String.join("|", allowed), List.copyOf(allowed), description));
	}

	private Options add(Option option) {
		options.put(option.name(), option);
		return this;
	}

	public Arguments parse(List<String> args) throws UsageException {
		Set<String> flags = new HashSet<>();
		Map<String, String> values = new HashMap<>();
		List<String> operands = new ArrayList<>();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (arg.equals("--")) {
				operands.addAll(args.subList(i + 1, args.size()));
				break;
			}
			if (!arg.startsWith("-") || arg.equals("-")) {
				operands.add(arg);
				continue;
			}
			int equals = arg.indexOf('=');
			String name = equals < 0 ? arg : arg.substring(0, equals);
			Option option = options.get(name);
			if (option == null) {
				throw new UsageException("unknown option '" + name + "'");
			}
			if (flags.contains(name) || values.containsKey(name)) {
				throw new UsageException("option " + name + " is given twice");
			}
			if (!option.takesValue()) {
				if (equals >= 0) {
					throw new UsageException("option " + name + " takes no value");
				}
				flags.add(name);
				continue;
			}
			String value;
			if (equals >= 0) {
				value = arg.substring(equals + 1);
			} else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
				value = args.get(++i);
			} else {
				throw new UsageException("option " + name + " needs a value: " + option.synopsis());
			}
			if (!option.allowed().isEmpty() && !option.allowed().contains(value)) {
				throw new UsageException("option " + name + " takes " + String.join(" or ", option.allowed())
						+ ", not '" + value + "'");
			}
			values.put(name, value);
		}
		return new Arguments(flags, values, operands);
	}

	/** The options section of a command's help, one option a line, descriptions aligned. */
	public String describe() {
		TextTable table = new TextTable();
		options.values().forEach(option -> table.row(option.synopsis(), option.description()));
		table.row("-h, --help", "Shows this help.");
		return "Options:\n" + table.format("  ");
	}

	private record Option(String name, String valueName, List<String> allowed, String description) {

		boolean takesValue() {
			return valueName != null;
		}

		String synopsis() {
			return takesValue() ? name + " " + valueName : name;
		}
	}
}
