package org.socialmap.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialmap.catalog.Catalogs;
import org.socialmap.catalog.OrganisationModel;
import org.socialmap.model.Agency;
import org.socialmap.model.ClientCompany;
import org.socialmap.model.Objective;
import org.socialmap.model.ObjectiveKind;
import org.socialmap.model.Presence;
import org.socialmap.model.SocialmapFactory;
import org.socialmap.model.SocialmapPackage.Literals;
import org.socialmap.model.edit.SocialmapEditing;
import org.socialmap.model.io.SocialmapFiles;
import org.socialmap.ui.forms.ClientOverviewForm;

/** The client overview form on the article's example, driven through its widgets' events. */
class ClientOverviewFormTest {

	private static final String CORE_BUSINESS = "Online communication and web projects for small businesses";

	private AdapterFactoryEditingDomain domain;
	private CommandStack stack;
	private Agency agency;
	private ClientCompany client;
	private Shell shell;
	private ClientOverviewForm form;

	@BeforeEach
	void openTheExampleInAForm(@TempDir Path folder) throws Exception {
		Path file = Files.write(folder.resolve(WorkspaceModels.EXAMPLE), WorkspaceModels.example());
		domain = SocialmapEditing.createDomain(SocialmapFiles.newResourceSet());
		stack = domain.getCommandStack();
		agency = SocialmapFiles.load(domain.getResourceSet(), file);
		client = agency.getClients().get(0);
		shell = new Shell(Display.getCurrent());
		shell.setLayout(new FillLayout());
		form = new ClientOverviewForm(shell, domain, agency);
		shell.setSize(800, 700);
		shell.open();
	}

	@AfterEach
	void closeTheShell() {
		shell.dispose();
	}

	@Test
	void showsTheClientItsObjectivesAndASummary() {
		assertSame(client, form.getClient());
		assertEquals("Officina Digitale", field("Name:").getText());
		assertEquals(CORE_BUSINESS, field("Core business:").getText());
		assertEquals(organisationModelName("forrester.cross-functional"), organisationModel().getText());
		assertEquals(List.of("Brand awareness in the long run (brand awareness)", "A relational basin (community)"), List.of(objectives().getItems()));
		assertTrue(Widgets.texts(shell).stream().anyMatch(text -> text.startsWith("6 presences (6 in use), ")),
				Widgets.texts(shell).toString());
		assertFalse(clientChoice().isVisible(), "one client needs no choice");
	}

	@Test
	void theCoreBusinessIsChangedByAnUndoableCommand() {
		type(field("Core business:"), "Web projects and training");

		assertEquals("Web projects and training", client.getCoreBusiness());
		stack.undo();
		assertEquals(CORE_BUSINESS, client.getCoreBusiness());
		assertEquals(CORE_BUSINESS, field("Core business:").getText());
	}

	@Test
	void anEmptiedFieldUnsetsTheAttribute() {
		type(field("Core business:"), "");

		assertEquals(null, client.getCoreBusiness());
		assertTrue(stack.canUndo());
	}

	@Test
	void theOrganisationModelIsChosenAmongTheCatalogsModels() {
		OrganisationModel other = Catalogs.registry().organisationModels().stream()
				.filter(model -> !model.id().equals("forrester.cross-functional")).findFirst().orElseThrow();
		Combo choice = organisationModel();
		assertTrue(List.of(choice.getItems()).containsAll(
				Catalogs.registry().organisationModels().stream().map(OrganisationModel::name).toList()));

		choose(choice, other.name());

		assertEquals(other.id(), client.getOrganisationModel());
		stack.undo();
		assertEquals("forrester.cross-functional", client.getOrganisationModel());
		assertEquals(organisationModelName("forrester.cross-functional"), choice.getText());
	}

	@Test
	void objectivesAreAddedEditedAndRemovedByUndoableCommands() {
		List<Objective> before = List.copyOf(client.getObjectives());

		click("Add");
		assertEquals(3, client.getObjectives().size());
		Objective added = client.getObjectives().get(2);
		assertEquals("New objective", added.getName());
		assertEquals(2, objectives().getSelectionIndex(), "the new objective is chosen to be edited");
		type(field("Objective:"), "More newsletter readers");
		assertEquals("More newsletter readers", added.getName());
		choose(kindChoice(), "reach");
		assertEquals(ObjectiveKind.REACH, added.getKind());
		assertEquals("More newsletter readers (reach)", objectives().getItem(2));

		objectives().select(0);
		objectives().notifyListeners(SWT.Selection, null);
		assertEquals("Brand awareness in the long run", field("Objective:").getText());
		click("Remove");
		assertEquals(List.of(before.get(1), added), client.getObjectives());
		assertEquals(List.of("A relational basin (community)", "More newsletter readers (reach)"), List.of(objectives().getItems()));

		for (int change = 0; change < 4; change++) {
			stack.undo();
		}
		assertEquals(before, client.getObjectives());
		assertEquals(List.of("Brand awareness in the long run (brand awareness)", "A relational basin (community)"), List.of(objectives().getItems()));
		assertFalse(stack.canUndo());
	}

	@Test
	void theFormFollowsChangesMadeElsewhere() {
		stack.execute(SetCommand.create(domain, client, Literals.CLIENT_COMPANY__CORE_BUSINESS, "Training"));
		Presence presence = SocialmapFactory.eINSTANCE.createPresence();
		presence.setId("newsletter");
		presence.setPlatform("mastodon");
		stack.execute(AddCommand.create(domain, client, Literals.CLIENT_COMPANY__PRESENCES, presence));
		stack.execute(RemoveCommand.create(domain, client, Literals.CLIENT_COMPANY__OBJECTIVES, client.getObjectives().get(0)));
		stack.execute(SetCommand.create(domain, client, Literals.CLIENT_COMPANY__ORGANISATION_MODEL, "agency.own-model"));

		assertEquals("Training", field("Core business:").getText());
		assertTrue(Widgets.texts(shell).stream().anyMatch(text -> text.startsWith("7 presences (7 in use), ")));
		assertEquals(List.of("A relational basin (community)"), List.of(objectives().getItems()));
		assertEquals("'agency.own-model' (no installed catalog defines it)", organisationModel().getText());
	}

	@Test
	void anAgencyWithSeveralClientsOffersAChoiceOfClient() {
		ClientCompany second = SocialmapFactory.eINSTANCE.createClientCompany();
		second.setId("forno");
		second.setName("Forno Rossi");
		second.setCoreBusiness("Bread");
		stack.execute(AddCommand.create(domain, agency, Literals.AGENCY__CLIENTS, second));

		assertTrue(clientChoice().isVisible());
		assertEquals(List.of("Officina Digitale", "Forno Rossi"), List.of(clientChoice().getItems()));
		assertTrue(form.selectClient("forno"));
		assertEquals("Bread", field("Core business:").getText());
		assertEquals("Forno Rossi", clientChoice().getText());
		assertFalse(form.selectClient("nobody"));
		assertSame(second, form.getClient());

		choose(clientChoice(), "Officina Digitale");
		assertSame(client, form.getClient());
		assertEquals(CORE_BUSINESS, field("Core business:").getText());

		form.selectClient("forno");
		stack.undo();
		assertSame(client, form.getClient(), "a client taken out of the model is no longer shown");
		assertFalse(clientChoice().isVisible());
	}

	@Test
	void disposingTheFormTakesItsAdaptersOffTheModel() {
		assertFalse(formAdapters().isEmpty(), "the form follows the model");

		form.getControl().dispose();

		assertEquals(List.of(), formAdapters());
	}

	private List<Adapter> formAdapters() {
		List<Notifier> notifiers = new ArrayList<>(List.of(agency));
		agency.eAllContents().forEachRemaining(notifiers::add);
		return notifiers.stream().flatMap(notifier -> notifier.eAdapters().stream())
				.filter(adapter -> adapter.getClass().getName().startsWith("org.socialmap.ui.forms.")).toList();
	}

	private static String organisationModelName(String id) {
		return Catalogs.registry().organisationModel(id).orElseThrow().name();
	}

	private Text field(String label) {
		return Widgets.fieldAfter(shell, label, Text.class);
	}

	private Combo organisationModel() {
		return Widgets.fieldAfter(shell, "Organisation model:", Combo.class);
	}

	private Combo clientChoice() {
		return Widgets.fieldAfter(shell, "Client:", Combo.class);
	}

	private Combo kindChoice() {
		return Widgets.fieldAfter(shell, "Kind:", Combo.class);
	}

	private org.eclipse.swt.widgets.List objectives() {
		return Widgets.fieldAfter(shell, "Organisation model:", org.eclipse.swt.widgets.List.class);
	}

	/** What a user does: types, then presses Enter. */
	private static void type(Text field, String text) {
		field.setText(text);
		field.notifyListeners(SWT.DefaultSelection, null);
	}

	private static void choose(Combo combo, String item) {
		int index = List.of(combo.getItems()).indexOf(item);
		assertNotEquals(-1, index, "'" + item + "' is offered in " + List.of(combo.getItems()));
		combo.select(index);
		combo.notifyListeners(SWT.Selection, null);
	}

	private void click(String button) {
		Widgets.button(shell, button).notifyListeners(SWT.Selection, null);
	}
}
