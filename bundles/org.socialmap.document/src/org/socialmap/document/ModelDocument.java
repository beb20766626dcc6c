package org.socialmap.document;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.socialmap.model.Agency;
import org.socialmap.model.ClientCompany;
import org.socialmap.model.ModelElement;
import org.socialmap.model.edit.NewElementIds;
import org.socialmap.model.edit.SocialmapEditing;
import org.socialmap.model.io.SocialmapFileException;
import org.socialmap.model.io.SocialmapFiles;
import org.socialmap.notation.DiagramLayout;
import org.socialmap.notation.DiagramType;
import org.socialmap.notation.Layout;
import org.socialmap.notation.io.LayoutFiles;
import org.socialmap.notation.io.LayoutWarning;
import org.socialmap.notation.io.OpenedLayout;
import org.socialmap.notation.lookup.LayoutLookup;
import org.socialmap.rules.Finding;
import org.socialmap.rules.RuleContext;
import org.socialmap.rules.Validation;

/**
 * One open {@code .socialmap} file and its layout, in one resource set under one editing domain:
 * every diagram and every client session on the file shares it, so they all see one model and one
 * command stack (undo and redo cover every edit, whoever made it). The Eclipse editors of the file
 * share it too, so they have one dirty state and one save. Callers read and change it only through
 * {@link #access()}.
 */
public final class ModelDocument {

	/** Told when another session, or another tool on the command stack, changed the model, undid, redid or saved. */
	public interface Listener {
		void documentChanged();
	}

	/** The rule that calls a presence a showcase (docs/rules.md); its findings name the presence first. */
	private static final String SHOWCASE_RULE = "socialmap.showcase-presence";

	private final Path file;
	private final Agency agency;
	private final Layout layout;
	private final AdapterFactoryEditingDomain domain;
	private final ModelServices services;
	private final ModelAccess access;
	private final Set<Listener> listeners = new CopyOnWriteArraySet<>();
	private List<LayoutWarning> untoldWarnings;
	private List<Finding> findings;
	private Set<EObject> showcases;
	private boolean layoutUnsaved;
	/** The session whose change the command stack is making, which need not be told of it. */
	private Listener changing;

	private ModelDocument(Path file, Agency agency, OpenedLayout opened, ModelServices services, ModelAccess access) {
		this.file = file;
		this.agency = agency;
		this.layout = opened.layout();
		this.untoldWarnings = opened.warnings();
		this.services = services;
		this.access = access;
		ResourceSet resources = agency.eResource().getResourceSet();
		this.domain = SocialmapEditing.createDomain(resources);
		// Item property descriptors (a Properties view, a form) look the domain up from the resource
		// set; without it they would set values past the command stack, and nothing could be undone.
		resources.eAdapters().add(new AdapterFactoryEditingDomain.EditingDomainProvider(domain));
		// Whoever runs a command (a diagram, a quick fix, the assistant, another editor), the rules may
		// find otherwise and the other sessions must show it.
		domain.getCommandStack().addCommandStackListener(event -> {
			findings = null;
			showcases = null;
			changedBy(changing);
		});
	}

	/**
	 * Reads the model and its layout; a layout that cannot be used leaves warnings, never a failure.
	 * Afterwards the document is read and changed only through {@code access}.
	 */
	public static ModelDocument open(Path file, ModelServices services, ModelAccess access) throws SocialmapFileException {
		ResourceSet resources = LayoutFiles.newResourceSet();
		Agency agency = SocialmapFiles.load(resources, file);
		return new ModelDocument(file, agency, LayoutFiles.open(file, agency), services, access);
	}

	/** The one way to read or change this document. */
	public ModelAccess access() {
		return access;
	}

	public Path file() {
		return file;
	}

	public Agency agency() {
		return agency;
	}

	/** The layout of every diagram of the model, kept in the layout file. */
	public Layout layout() {
		return layout;
	}

	public AdapterFactoryEditingDomain domain() {
		return domain;
	}

	public BasicCommandStack commandStack() {
		return (BasicCommandStack) domain.getCommandStack();
	}

	public ModelServices services() {
		return services;
	}

	public Optional<ClientCompany> client(String id) {
		return agency.getClients().stream().filter(client -> client.getId() != null && client.getId().equals(id))
				.findFirst();
	}

	/** The model element with this id, if the model has one. */
	public Optional<ModelElement> element(String id) {
		EObject found = id == null || id.isEmpty() ? null : agency.eResource().getEObject(id);
		// the resource's id map may still hold an element deleted since: it is no longer in the model
		return found instanceof ModelElement element && id.equals(element.getId()) && element.eResource() == agency.eResource()
				? Optional.of(element) : Optional.empty();
	}

	/** A readable id for a new element ({@code facebook}, {@code facebook-2}...) that no element of the model has. */
	public String newId(String base) {
		return NewElementIds.unique(base, "element", id -> element(id).isPresent());
	}

	/**
	 * The layout of one diagram of one client. A diagram drawn for the first time gets an empty one,
	 * added outside the command stack: drawing a diagram is not an edit to undo.
	 */
	public DiagramLayout diagramLayout(ClientCompany client, DiagramType type) {
		return LayoutLookup.diagram(layout, client.getId(), type);
	}

	/** What the rules find in the model now; computed once for every session after each change. */
	public List<Finding> findings() {
		if (findings == null) {
			findings = List.copyOf(Validation.validate(agency, services.catalogs().get(), services.settings(),
					services.rules()));
		}
		return findings;
	}

	/**
	 * The presences the rules call showcases (no purpose or no tie to the core business), which the
	 * diagrams style. Taken from the findings when they are known, else from that one rule alone: a
	 * diagram is redrawn after each edit before its markers are computed, and all the rules take
	 * longer than the rest of the drawing.
	 */
	public Set<EObject> showcases() {
		if (showcases == null) {
			Set<EObject> found = Collections.newSetFromMap(new IdentityHashMap<>());
			Consumer<Finding> main = finding -> {
				if (SHOWCASE_RULE.equals(finding.ruleId()) && !finding.elements().isEmpty()) {
					found.add(finding.elements().get(0));
				}
			};
			if (findings != null) {
				findings.forEach(main);
			} else {
				RuleContext context = new RuleContext(services.catalogs().get(), services.settings());
				services.rules().rule(SHOWCASE_RULE).ifPresent(rule -> agency.getClients().forEach(client -> rule.check(client, context, main)));
			}
			showcases = found;
		}
		return showcases;
	}

	/** What was wrong with the layout file, the first time it is asked for; nothing after that. */
	public List<LayoutWarning> takeLayoutWarnings() {
		List<LayoutWarning> warnings = untoldWarnings;
		untoldWarnings = List.of();
		return warnings;
	}

	/**
	 * Saves the model, then its layout (without entries for what the model no longer has), each
	 * atomically and never over another program's change; then tells every listener but
	 * {@code origin}, whose dirty state changed.
	 *
	 * @return why the layout could not be saved, when the model was but the layout was not
	 * @throws IOException when the model could not be saved (then neither was the layout)
	 */
	public Optional<IOException> save(Listener origin) throws IOException {
		Optional<IOException> layoutFailure = LayoutFiles.save(agency, layout);
		layoutUnsaved = layoutFailure.isPresent();
		commandStack().saveIsDone();
		changedBy(origin);
		return layoutFailure;
	}

	/**
	 * Whether there is something to save: a command since the last save (or an undo past it), or a
	 * layout the last save could not write.
	 */
	public boolean isDirty() {
		return commandStack().isSaveNeeded() || layoutUnsaved;
	}

	/** Executes {@code command} on the one command stack for the session {@code origin}. */
	public void execute(Command command, Listener origin) {
		change(origin, () -> commandStack().execute(command));
	}

	public void undo(Listener origin) {
		change(origin, () -> commandStack().undo());
	}

	public void redo(Listener origin) {
		change(origin, () -> commandStack().redo());
	}

	private void change(Listener origin, Runnable change) {
		changing = origin;
		try {
			change.run();
		} finally {
			changing = null;
		}
	}

	public void addListener(Listener listener) {
		listeners.add(listener);
	}

	public void removeListener(Listener listener) {
		listeners.remove(listener);
	}

	/** Tells every listener but {@code origin} that the model, its undo history or its dirty state changed. */
	public void changedBy(Listener origin) {
		listeners.stream().filter(listener -> listener != origin).forEach(Listener::documentChanged);
	}
}
