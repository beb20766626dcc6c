package org.socialmap.diagram.server.tests.diagrams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.actions.ActionMessage;
import org.eclipse.glsp.server.di.ServerModule;
import org.eclipse.glsp.server.features.core.model.UpdateModelAction;
import org.eclipse.glsp.server.gson.ServerGsonConfigurator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.socialmap.diagram.server.DiagramTypes;
import org.socialmap.diagram.server.diagram.DiagramKind;
import org.socialmap.diagram.server.operations.SetCurationRoleOperation;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.inject.Guice;

/** Socialmap's GModel writer writes what GLSP's adapter writes, character for character, and the client's actions still read. */
class JsonTest {

	@RegisterExtension
	final ServedExample example = new ServedExample();

	@ParameterizedTest
	@EnumSource(DiagramKind.class)
	void eachDiagramIsWrittenAsGlspWritesIt(DiagramKind kind) {
		Session session = example.open(kind);
		ActionMessage update = new ActionMessage(session.id(), new UpdateModelAction(session.root()));
		String ours = socialmapGson(session).toJson(update);
		assertEquals(glspGson().toJson(update), ours);
		assertTrue(ours.length() > 1_000, "the diagram was written");
	}

	@Test
	void theClientsActionsAreReadAsBefore() {
		Session matrix = example.open(DiagramKind.MATRIX);
		Action action = socialmapGson(matrix).fromJson(
				"{\"kind\":\"setCurationRole\",\"member\":\"paolo\",\"presence\":\"youtube-channel\",\"role\":\"backup\"}", Action.class);
		matrix.send(action);
		assertEquals("backup", matrix.require("cell:paolo:youtube-channel").getArgs().get("role"));
		assertEquals(SetCurationRoleOperation.class, action.getClass());
	}

	private static Gson socialmapGson(Session session) {
		return session.instance(ServerGsonConfigurator.class).configureGsonBuilder(new GsonBuilder()).create();
	}

	/** GLSP's own configuration, with the same diagrams. */
	private Gson glspGson() {
		ServerModule glsp = new ServerModule();
		DiagramTypes.all(example.server().served).forEach(glsp::configureDiagramModule);
		return Guice.createInjector(glsp).getInstance(ServerGsonConfigurator.class).configureGsonBuilder(new GsonBuilder())
				.create();
	}
}
