package org.socialmap.notation.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.socialmap.model.Agency;
import org.socialmap.model.ClientCompany;
import org.socialmap.model.io.Excerpt;
import org.socialmap.notation.DiagramLayout;
import org.socialmap.notation.EdgeLayout;
import org.socialmap.notation.Layout;
import org.socialmap.notation.NodeLayout;

/**
 * Drops the entries of a layout read from a file that its model cannot use, and says so once for
 * each kind: entries naming elements the model does not have (the layout of another model, or of
 * elements deleted since), and entries repeating one before them (say, after a merge), of which the
 * first is kept. What they placed is laid out automatically.
 */
final class UnusableEntries {

	/** How many names a warning quotes before it says "and N more". */
	private static final int NAMES_SHOWN = 3;

	private final Path layoutFile;
	private final ElementLines lines;
	private final List<Entry> stale = new ArrayList<>();
	private final List<Entry> repeated = new ArrayList<>();

	/** An entry dropped: what it names, quoted, and the line it is on. */
	private record Entry(String shown, int line) {
	}

	private UnusableEntries(Path layoutFile, ElementLines lines) {
		this.layoutFile = layoutFile;
		this.lines = lines;
	}

	/** Drops from {@code layout} what {@code agency} cannot use, and returns the warnings saying so. */
	static List<LayoutWarning> drop(Layout layout, Agency agency, Path layoutFile, Path modelFile, ElementLines lines) {
		UnusableEntries entries = new UnusableEntries(layoutFile, lines);
		entries.dropFrom(layout, agency);
		List<LayoutWarning> warnings = new ArrayList<>();
		String model = modelFile.getFileName().toString();
		if (!entries.stale.isEmpty()) {
			warnings.add(entries.warning(entries.stale, entries.stale.size() == 1
					? "an entry names an element that " + model + " does not have (" + names(entries.stale) + "); it is dropped"
					: entries.stale.size() + " entries name elements that " + model + " does not have (" + names(entries.stale)
							+ "); they are dropped"));
		}
		if (!entries.repeated.isEmpty()) {
			warnings.add(entries.warning(entries.repeated, entries.repeated.size() == 1
					? "an entry repeats one before it (" + names(entries.repeated) + "); only the first is kept"
					: entries.repeated.size() + " entries repeat one before them (" + names(entries.repeated)
							+ "); only the first of each is kept"));
		}
		return warnings;
	}

	private void dropFrom(Layout layout, Agency model) {
		Map<String, ClientCompany> clients = new HashMap<>();
		model.getClients().forEach(client -> clients.putIfAbsent(client.getId(), client));
		Set<String> diagramsSeen = new HashSet<>();
		for (DiagramLayout diagram : List.copyOf(layout.getDiagrams())) {
			ClientCompany client = clients.get(diagram.getClient());
			if (client == null) {
				drop(diagram, phrase(diagram), stale);
			} else if (!diagramsSeen.add(diagram.getClient() + ":" + diagram.getType())) {
				drop(diagram, phrase(diagram), repeated);
			} else {
				dropFrom(diagram, client);
			}
		}
	}

	private void dropFrom(DiagramLayout diagram, ClientCompany client) {
		ClientKeys keys = ClientKeys.of(client);
		Set<String> seen = new HashSet<>();
		for (NodeLayout node : List.copyOf(diagram.getNodes())) {
			dropUnless(node, node.getElement(), keys.elements(), seen);
		}
		seen.clear();
		for (EdgeLayout edge : List.copyOf(diagram.getEdges())) {
			dropUnless(edge, edge.getElement(), keys.edges(), seen);
		}
		if (diagram.getCurator() != null && !keys.members().contains(diagram.getCurator())) {
			stale.add(new Entry(quote(diagram.getCurator()), lines.of(diagram)));
			diagram.setCurator(null);
		}
	}

	/** Drops {@code entry} unless it names one of {@code known} not {@code seen} before. */
	private void dropUnless(EObject entry, String name, Set<String> known, Set<String> seen) {
		if (!known.contains(name)) {
			drop(entry, quote(name), stale);
		} else if (!seen.add(name)) {
			drop(entry, quote(name), repeated);
		}
	}

	private void drop(EObject entry, String shown, List<Entry> dropped) {
		dropped.add(new Entry(shown, lines.of(entry)));
		EcoreUtil.remove(entry);
	}

	/** A warning on the first line of the file that holds one of {@code entries}. */
	private LayoutWarning warning(List<Entry> entries, String reason) {
		int first = entries.stream().mapToInt(Entry::line).filter(line -> line > 0).min().orElse(0);
		return new LayoutWarning(layoutFile, first, reason);
	}

	/** "'a', 'b', 'c' and 2 more". */
	private static String names(List<Entry> entries) {
		List<String> shown = entries.stream().limit(NAMES_SHOWN).map(Entry::shown).toList();
		int more = entries.size() - shown.size();
		return String.join(", ", shown) + (more > 0 ? " and " + more + " more" : "");
	}

	/** "the map diagram of 'officina'". */
	private static String phrase(DiagramLayout diagram) {
		return "the " + diagram.getType() + " diagram of " + quote(diagram.getClient());
	}

	/** An id as written, '' when there is none. */
	private static String quote(String id) {
		return Excerpt.quote(id == null ? "" : id);
	}
}
