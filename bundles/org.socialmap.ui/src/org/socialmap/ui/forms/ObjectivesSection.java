package org.socialmap.ui.forms;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;
import org.socialmap.model.ClientCompany;
import org.socialmap.model.Objective;
import org.socialmap.model.SocialmapFactory;
import org.socialmap.model.SocialmapPackage.Literals;
import org.socialmap.model.edit.NewElementIds;
import org.socialmap.model.text.Labels;

/**
 * The client's objectives: a list with Add and Remove, and below it the chosen objective's name
 * and kind to edit. The kinds and their labels are the edit bundle's, as the Properties view shows them.
 */
final class ObjectivesSection {

	private static final String NEW_OBJECTIVE_NAME = "New objective";

	private final ModelEdits edits;
	private final AdapterFactory adapters;
	private final Supplier<ClientCompany> client;
	private final org.eclipse.swt.widgets.List list;
	private final Button remove;
	private final Text name;
	private final Combo kind;
	private List<Objective> shown = List.of();
	private Objective chosen;
	private List<?> kinds = List.of();

	ObjectivesSection(FormToolkit toolkit, Composite parent, ModelEdits edits, AdapterFactory adapters,
			Supplier<ClientCompany> client) {
		this.edits = edits;
		this.adapters = adapters;
		this.client = client;
		Section section = toolkit.createSection(parent, Section.TITLE_BAR | Section.DESCRIPTION);
		section.setText("Objectives");
		section.setDescription("What the client's social media work aims at.");
		GridDataFactory.fillDefaults().grab(true, true).applyTo(section);
		Composite body = toolkit.createComposite(section);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
		section.setClient(body);

		list = new org.eclipse.swt.widgets.List(body, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL);
		toolkit.adapt(list, true, true);
		GridDataFactory.fillDefaults().grab(true, true).span(1, 2).hint(SWT.DEFAULT, 100).applyTo(list);
		Button add = toolkit.createButton(body, "Add", SWT.PUSH);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(add);
		remove = toolkit.createButton(body, "Remove", SWT.PUSH);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(remove);

		Composite details = toolkit.createComposite(body);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(details);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(details);
		toolkit.createLabel(details, ClientOverviewForm.OBJECTIVE_LABEL);
		name = toolkit.createText(details, "", SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(name);
		toolkit.createLabel(details, ClientOverviewForm.KIND_LABEL);
		kind = new Combo(details, SWT.READ_ONLY);
		toolkit.adapt(kind, true, true);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(kind);

		list.addListener(SWT.Selection, event -> {
			int index = list.getSelectionIndex();
			chosen = index < 0 ? null : shown.get(index);
			showChosen();
		});
		add.addListener(SWT.Selection, event -> addObjective());
		remove.addListener(SWT.Selection, event -> {
			if (chosen != null) {
				edits.domain().getCommandStack().execute(DeleteCommand.create(edits.domain(), chosen));
			}
		});
		edits.commitTextOnEnterOrLeave(name, () -> chosen, Literals.MODEL_ELEMENT__NAME);
		kind.addListener(SWT.Selection, event -> {
			int index = kind.getSelectionIndex();
			if (chosen != null && index >= 0) {
				edits.set(chosen, Literals.OBJECTIVE__KIND, kinds.get(index));
			}
		});
	}

	private void addObjective() {
		ClientCompany owner = client.get();
		if (owner == null) {
			return;
		}
		Objective objective = SocialmapFactory.eINSTANCE.createObjective();
		objective.setId(NewElementIds.unique(EcoreUtil.getRootContainer(owner), "objective"));
		objective.setName(NEW_OBJECTIVE_NAME);
		edits.domain().getCommandStack()
				.execute(AddCommand.create(edits.domain(), owner, Literals.CLIENT_COMPANY__OBJECTIVES, objective));
		chosen = objective;
		refresh();
		name.setFocus();
		name.selectAll();
	}

	/** Shows the client's objectives as the model holds them now, keeping the chosen one if it is still there. */
	void refresh() {
		ClientCompany owner = client.get();
		shown = owner == null ? List.of() : List.copyOf(owner.getObjectives());
		if (chosen != null && !shown.contains(chosen)) {
			chosen = null;
		}
		String[] labels = shown.stream().map(Labels::label).toArray(String[]::new);
		if (!List.of(labels).equals(List.of(list.getItems()))) {
			list.setItems(labels);
		}
		int index = chosen == null ? -1 : shown.indexOf(chosen);
		if (index < 0) {
			list.deselectAll();
		} else {
			list.select(index);
		}
		list.setEnabled(owner != null);
		showChosen();
	}

	private void showChosen() {
		boolean any = chosen != null;
		remove.setEnabled(any);
		name.setEnabled(any);
		kind.setEnabled(any);
		String text = any && chosen.getName() != null ? chosen.getName() : "";
		if (!name.getText().equals(text)) {
			name.setText(text);
		}
		if (!any) {
			kind.removeAll();
			kinds = List.of();
			return;
		}
		IItemPropertyDescriptor descriptor = kindDescriptor(chosen);
		kinds = List.copyOf(descriptor.getChoiceOfValues(chosen));
		String[] kindLabels = kinds.stream().map(value -> descriptor.getLabelProvider(chosen).getText(value))
				.toArray(String[]::new);
		if (!List.of(kindLabels).equals(List.of(kind.getItems()))) {
			kind.setItems(kindLabels);
		}
		int index = kinds.indexOf(chosen.getKind());
		if (index < 0) {
			kind.deselectAll();
		} else {
			kind.select(index);
		}
	}

	private IItemPropertyDescriptor kindDescriptor(Objective objective) {
		IItemPropertySource source = (IItemPropertySource) adapters.adapt(objective, IItemPropertySource.class);
		return source.getPropertyDescriptors(objective).stream()
				.filter(descriptor -> descriptor.getFeature(objective) == Literals.OBJECTIVE__KIND).findFirst()
				.orElseThrow(() -> new IllegalStateException("the edit bundle describes no kind of an objective"));
	}
}
