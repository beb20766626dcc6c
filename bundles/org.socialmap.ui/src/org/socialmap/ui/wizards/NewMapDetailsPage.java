package org.socialmap.ui.wizards;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.socialmap.catalog.OrganisationModel;

/** Asks for the agency, its first client, the client's organisation model and a starter team. */
final class NewMapDetailsPage extends WizardPage {

	private static final String AGENCY_LABEL = "Agency:";
	private static final String CLIENT_LABEL = "First client:";
	private static final String MODEL_LABEL = "Organisation model:";
	private static final String TEAM_LABEL = "Starter team (one name a line):";

	private final List<OrganisationModel> organisationModels;
	private Text agency;
	private Text client;
	private Combo organisationModel;
	private Text team;

	NewMapDetailsPage(List<OrganisationModel> organisationModels) {
		super("details");
		this.organisationModels = List.copyOf(organisationModels);
		setTitle("Agency, client and team");
		setDescription("The agency that draws the map, its first client company and who does the social media work.");
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
		agency = textField(body, AGENCY_LABEL, SWT.SINGLE | SWT.BORDER);
		client = textField(body, CLIENT_LABEL, SWT.SINGLE | SWT.BORDER);

		new Label(body, SWT.NONE).setText(MODEL_LABEL);
		organisationModel = new Combo(body, SWT.READ_ONLY);
		organisationModel.add("(choose later)");
		organisationModels.forEach(model -> organisationModel.add(model.name()));
		organisationModel.select(organisationModels.isEmpty() ? 0 : 1);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(organisationModel);

		team = textField(body, TEAM_LABEL, SWT.MULTI | SWT.BORDER | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 80).applyTo(team);

		agency.addModifyListener(event -> updateCompleteness());
		client.addModifyListener(event -> updateCompleteness());
		setControl(body);
	}

	private static Text textField(Composite body, String label, int style) {
		new Label(body, SWT.NONE).setText(label);
		Text text = new Text(body, style);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
		return text;
	}

	private void updateCompleteness() {
		boolean complete = !agency.getText().isBlank() && !client.getText().isBlank();
		setErrorMessage(complete ? null : "Name the agency and its first client.");
		setPageComplete(complete);
	}

	StarterMap starterMap() {
		int chosen = organisationModel.getSelectionIndex();
		String modelId = chosen > 0 ? organisationModels.get(chosen - 1).id() : "";
		List<String> members = new ArrayList<>(Arrays.asList(team.getText().split("\\R")));
		return new StarterMap(agency.getText(), client.getText(), modelId, members);
	}
}
