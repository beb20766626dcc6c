package org.socialmap.cli.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.socialmap.catalog.CatalogFiles;
import org.socialmap.catalog.CatalogProblem;
import org.socialmap.catalog.CatalogProblem.Severity;
import org.socialmap.catalog.CatalogRegistry;
import org.socialmap.catalog.CatalogSource;
import org.socialmap.catalog.Catalogs;

/**
 * What {@code catalog check} finds in one input: its catalogs merged with the built-in catalog
 * exactly as an installation would merge them, keeping only the problems filed under the input
 * (conflicts with built-in ids included, since the merge files those under the contributor).
 *
 * @param plugin   the plug-in's symbolic name, or null for a catalog file outside any plug-in
 * @param catalogs how messages name each catalog file checked
 * @param problems sorted by file and line
 * @param unreadable why the input could not be read at all, or null when it was
 */
record CatalogCheck(String input, String plugin, List<String> catalogs, List<Message> problems, String unreadable) {

	/** One problem, at a file as the user names it and a line (0 when it is about the whole file). */
	record Message(Severity severity, String file, int line, String message) {

		String where() {
			return file + (line > 0 ? ":" + line : "");
		}
	}

	static CatalogCheck of(CheckedInput input, List<CatalogSource> builtin) {
		List<CatalogSource> sources = input.sources();
		boolean isBuiltin = Catalogs.BUILTIN.equals(input.pluginName());
		CatalogRegistry merged = CatalogFiles.registry(
				isBuiltin ? sources : Stream.concat(builtin.stream(), sources.stream()).toList());
		List<Message> problems = new ArrayList<>();
		input.pluginNotes().forEach(note -> problems.add(
				new Message(note.severity(), input.display(note.file()), note.line(), note.message())));
		for (CatalogProblem problem : merged.problems()) {
			if (sources.stream().anyMatch(source -> source.contributor().equals(problem.contributor()))) {
				problems.add(new Message(problem.severity(), input.display(problem.file()), problem.line(),
						problem.message()));
			}
		}
		problems.sort(Comparator.comparing(Message::file).thenComparingInt(Message::line));
		return new CatalogCheck(input.operand(), input.pluginName(),
				sources.stream().map(source -> input.display(source.file())).toList(), List.copyOf(problems), null);
	}

	static CatalogCheck unreadable(String input, String reason) {
		return new CatalogCheck(input, null, List.of(), List.of(), reason);
	}

	long count(Severity severity) {
		return problems.stream().filter(problem -> problem.severity() == severity).count();
	}
}
