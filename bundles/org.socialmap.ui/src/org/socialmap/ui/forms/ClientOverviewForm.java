package org.socialmap.ui.forms;

import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.socialmap.catalog.CatalogRegistry;
import org.socialmap.catalog.Catalogs;
import org.socialmap.model.Agency;
import org.socialmap.model.ClientCompany;
import org.socialmap.model.SocialmapPackage.Literals;
import org.socialmap.model.text.Labels;
import org.socialmap.model.workload.Workload;

/**
 * A client's overview as a form: which client (when the agency has several), its name, core
 * business and organisation model, its objectives, and a summary of its map and team. Every edit
 * is a command on the domain's stack; the form shows changes made anywhere else (the tree, the
 * diagrams, undo) as they happen, and lets go of the model when its control is disposed.
 */
public final class ClientOverviewForm {

	static final String CLIENT_LABEL = "Client:";
	static final String NAME_LABEL = "Name:";
	static final String CORE_BUSINESS_LABEL = "Core business:";
	static final String ORGANISATION_MODEL_LABEL = "Organisation model:";
	static final String OBJECTIVE_LABEL = "Objective:";
	static final String KIND_LABEL = "Kind:";

	private final Agency agency;
	private final CatalogRegistry catalogs;
	private final ModelEdits edits;
	private final FormToolkit toolkit;
	private final ScrolledForm form;
	private final Label clientLabel;
	private final Combo clientChoice;
	private final Text name;
	private final Text coreBusiness;
	private final Combo organisationModel;
	private final ObjectivesSection objectives;
	private final Label summary;
	private List<ClientCompany> clients = List.of();
	private OrganisationModelChoices modelChoices;
	private ClientCompany client;

	/**
	 * The overview of the agency's first client, in {@code parent}. The domain must be the one the
	 * agency's resource set is edited through, with the edit bundle's item providers (an
	 * {@link AdapterFactoryEditingDomain}, as {@code SocialmapEditing.createDomain} makes).
	 */
	public ClientOverviewForm(Composite parent, EditingDomain domain, Agency agency) {
		if (!(domain instanceof AdapterFactoryEditingDomain itemProviders)) {
			throw new IllegalArgumentException("The client overview needs an editing domain with item providers, not " + domain);
		}
		AdapterFactory adapters = itemProviders.getAdapterFactory();
		this.agency = agency;
		this.catalogs = Catalogs.registry();
		this.edits = new ModelEdits(domain);
		toolkit = new FormToolkit(parent.getDisplay());
		form = toolkit.createScrolledForm(parent); // titled by the client shown
		Composite body = form.getBody();
		GridLayoutFactory.swtDefaults().numColumns(1).applyTo(body);

		Section clientSection = section(body, "Client", "Who the client is and how it organises its social media work.");
		Composite fields = toolkit.createComposite(clientSection);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(fields);
		clientSection.setClient(fields);
		clientLabel = toolkit.createLabel(fields, CLIENT_LABEL);
		clientChoice = combo(fields);
		name = text(fields, NAME_LABEL);
		coreBusiness = text(fields, CORE_BUSINESS_LABEL);
		toolkit.createLabel(fields, ORGANISATION_MODEL_LABEL);
		organisationModel = combo(fields);

		objectives = new ObjectivesSection(toolkit, body, edits, adapters, () -> client);

		Section summarySection = section(body, "Summary", null);
		summary = toolkit.createLabel(summarySection, "", SWT.WRAP);
		summarySection.setClient(summary);

		clientChoice.addListener(SWT.Selection, event -> {
			int index = clientChoice.getSelectionIndex();
			if (index >= 0) {
				show(clients.get(index));
			}
		});
		edits.commitTextOnEnterOrLeave(name, () -> client, Literals.MODEL_ELEMENT__NAME);
		edits.commitTextOnEnterOrLeave(coreBusiness, () -> client, Literals.CLIENT_COMPANY__CORE_BUSINESS);
		organisationModel.addListener(SWT.Selection, event -> {
			int index = organisationModel.getSelectionIndex();
			if (index >= 0) {
				edits.set(client, Literals.CLIENT_COMPANY__ORGANISATION_MODEL, modelChoices.ids().get(index));
			}
		});
		form.addDisposeListener(event -> toolkit.dispose());
		ModelChangeFollower.follow(agency, form, this::refresh);
		show(agency.getClients().isEmpty() ? null : agency.getClients().get(0));
	}

	/** The form's outermost control, to lay out, show in an editor page or dispose. */
	public Control getControl() {
		return form;
	}

	/** The client shown, or {@code null} when the agency has none. */
	public ClientCompany getClient() {
		return client;
	}

	/** Shows the client with this id; false, showing the same client as before, when the agency has none with it. */
	public boolean selectClient(String id) {
		for (ClientCompany each : agency.getClients()) {
			if (id.equals(each.getId())) {
				show(each);
				return true;
			}
		}
		return false;
	}

	private void show(ClientCompany shown) {
		client = shown;
		refresh();
	}

	/** Shows the model as it is now. */
	private void refresh() {
		clients = List.copyOf(agency.getClients());
		if (client == null || !clients.contains(client)) {
			client = clients.isEmpty() ? null : clients.get(0);
		}
		boolean several = clients.size() > 1;
		showInLayout(clientLabel, several);
		showInLayout(clientChoice, several);
		setItems(clientChoice, clients.stream().map(Labels::name).toArray(String[]::new));
		select(clientChoice, client == null ? -1 : clients.indexOf(client));

		boolean any = client != null;
		form.setText(any ? Labels.name(client) : "The agency has no clients yet");
		name.setEnabled(any);
		coreBusiness.setEnabled(any);
		organisationModel.setEnabled(any);
		setText(name, any ? client.getName() : null);
		setText(coreBusiness, any ? client.getCoreBusiness() : null);
		modelChoices = OrganisationModelChoices.of(catalogs, any ? client.getOrganisationModel() : null);
		setItems(organisationModel, modelChoices.labels().toArray(String[]::new));
		select(organisationModel, any ? modelChoices.ids().indexOf(client.getOrganisationModel()) : -1);
		objectives.refresh();
		summary.setText(any ? summary(client) : "");
		form.reflow(true);
	}

	/** "6 presences (5 in use), 4 team members, 12.5 hours of curation a week". */
	private static String summary(ClientCompany client) {
		long inUse = client.getPresences().stream().filter(Workload::inUse).count();
		long members = client.getTeams().stream().mapToLong(team -> team.getMembers().size()).sum();
		return Labels.count(client.getPresences().size(), "presence") + " (" + inUse + " in use), "
				+ Labels.count(members, "team member") + ", " + Labels.number(Workload.curatedHours(client))
				+ " hours of curation a week";
	}

	private Section section(Composite body, String title, String description) {
		Section section = toolkit.createSection(body, Section.TITLE_BAR | (description == null ? 0 : Section.DESCRIPTION));
		section.setText(title);
		if (description != null) {
			section.setDescription(description);
		}
		GridDataFactory.fillDefaults().grab(true, false).applyTo(section);
		return section;
	}

	private Text text(Composite fields, String label) {
		toolkit.createLabel(fields, label);
		Text text = toolkit.createText(fields, "", SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
		return text;
	}

	private Combo combo(Composite fields) {
		Combo combo = new Combo(fields, SWT.READ_ONLY);
		toolkit.adapt(combo, true, true);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
		return combo;
	}

	private static void setText(Text field, String value) {
		String text = value == null ? "" : value;
		if (!field.getText().equals(text)) {
			field.setText(text);
		}
	}

	private static void setItems(Combo combo, String[] items) {
		if (!List.of(items).equals(List.of(combo.getItems()))) {
			combo.setItems(items);
		}
	}

	private static void showInLayout(Control control, boolean shown) {
		GridData data = control.getLayoutData() instanceof GridData grid ? grid : new GridData();
		data.exclude = !shown;
		control.setLayoutData(data);
		control.setVisible(shown);
	}

	private static void select(Combo combo, int index) {
		if (index < 0) {
			combo.deselectAll();
		} else {
			combo.select(index);
		}
	}
}
