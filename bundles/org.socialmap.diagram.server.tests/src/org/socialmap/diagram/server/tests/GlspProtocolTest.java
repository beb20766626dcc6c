package org.socialmap.diagram.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/** The GLSP websocket answers a browser page's first messages: initialize, then a model. */
class GlspProtocolTest {

	private static final String SESSION = "tab-1";

	@Test
	void initializeAndRequestModelGetValidAnswers(@TempDir Path folder) throws Exception {
		try (RunningServer running = RunningServer.start(folder);
				GlspSocket glsp = GlspSocket.open(running.server.websocketUri(), running.ownOrigin())) {
			glsp.send("""
					{"jsonrpc":"2.0","id":1,"method":"initialize",
					 "params":{"applicationId":"socialmap-tests","protocolVersion":"1.0.0"}}""");
			JsonObject initialized = glsp.await(answerTo(1), "the answer to initialize").getAsJsonObject("result");
			assertEquals("1.0.0", initialized.get("protocolVersion").getAsString());
			JsonArray testActions = initialized.getAsJsonObject("serverActions").getAsJsonArray(TestDiagramModule.DIAGRAM_TYPE);
			assertTrue(testActions.contains(new JsonPrimitive("requestModel")), initialized.toString());

			glsp.send("""
					{"jsonrpc":"2.0","id":2,"method":"initializeClientSession",
					 "params":{"clientSessionId":"%s","diagramType":"%s","clientActionKinds":["setModel","updateModel","setDirtyState"]}}"""
					.formatted(SESSION, TestDiagramModule.DIAGRAM_TYPE));
			JsonObject sessionAnswer = glsp.await(answerTo(2), "the answer to initializeClientSession");
			assertFalse(sessionAnswer.has("error"), sessionAnswer.toString());

			glsp.send("""
					{"jsonrpc":"2.0","method":"process",
					 "params":{"clientId":"%s","action":{"kind":"requestModel","requestId":"model-1",
					  "options":{"sourceUri":"%s","diagramType":"%s"}}}}"""
					.formatted(SESSION, running.model.toUri(), TestDiagramModule.DIAGRAM_TYPE));
			JsonObject setModel = glsp.await(message -> action(message, "setModel"), "setModel").getAsJsonObject("params")
					.getAsJsonObject("action");
			assertEquals("model-1", setModel.get("responseId").getAsString());
			JsonObject root = setModel.getAsJsonObject("newRoot");
			assertEquals("test-graph", root.get("id").getAsString());
			assertEquals(TestDiagramModule.NODE_ID,
					root.getAsJsonArray("children").get(0).getAsJsonObject().get("id").getAsString());
		}
	}

	private static Predicate<JsonObject> answerTo(int id) {
		return message -> message.has("id") && message.get("id").getAsInt() == id
				&& (message.has("result") || message.has("error"));
	}

	private static boolean action(JsonObject message, String kind) {
		return "process".equals(message.has("method") ? message.get("method").getAsString() : null)
				&& kind.equals(message.getAsJsonObject("params").getAsJsonObject("action").get("kind").getAsString());
	}
}
