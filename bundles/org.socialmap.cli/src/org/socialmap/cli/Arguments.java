package org.socialmap.cli;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** A command's arguments as {@link Options} parsed them. */
public record Arguments(Set<String> flags, Map<String, String> values, List<String> operands) {

	public Arguments {
		flags = Set.copyOf(flags);
		values = Map.copyOf(values);
		operands = List.copyOf(operands);
	}

	public boolean has(String flag) {
		return flags.contains(flag);
	}

	public String value(String option, String fallback) {
		return values.getOrDefault(option, fallback);
	}

	/** For commands that take options only. */
	public void expectNoOperands() throws UsageException {
		if (!operands.isEmpty()) {
			throw new UsageException("unexpected argument '" + operands.get(0) + "'");
		}
	}
}
