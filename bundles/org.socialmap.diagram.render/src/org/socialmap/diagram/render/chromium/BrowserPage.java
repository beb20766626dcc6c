package org.socialmap.diagram.render.chromium;

import java.util.Base64;
import java.util.concurrent.CompletableFuture;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

/** One page of a {@link HeadlessChromium}; closing it closes its tab. */
public final class BrowserPage implements AutoCloseable {

	private final HeadlessChromium chromium;
	private final String targetId;
	private final String sessionId;

	BrowserPage(HeadlessChromium chromium, String targetId, String sessionId) {
		this.chromium = chromium;
		this.targetId = targetId;
		this.sessionId = sessionId;
	}

	/**
	 * The value of a JavaScript expression in the page, after the promise it gives (if any) is
	 * settled; a thrown error or a rejected promise becomes a {@link ChromiumException} with its text.
	 */
	public JsonElement evaluate(String expression) throws ChromiumException {
		JsonObject params = new JsonObject();
		params.addProperty("expression", expression);
		params.addProperty("awaitPromise", true);
		params.addProperty("returnByValue", true);
		JsonObject answer = call("Runtime.evaluate", params);
		if (answer.has("exceptionDetails")) {
			JsonObject details = answer.getAsJsonObject("exceptionDetails");
			JsonObject exception = details.getAsJsonObject("exception");
			String text = exception != null && exception.has("description") ? exception.get("description").getAsString()
					: details.get("text").getAsString();
			throw new ChromiumException("the page failed: " + text.lines().findFirst().orElse(text));
		}
		JsonElement value = answer.getAsJsonObject("result").get("value");
		return value == null ? JsonNull.INSTANCE : value;
	}

	/** What the page shows now, as PNG bytes. */
	public byte[] screenshot() throws ChromiumException {
		JsonObject params = new JsonObject();
		params.addProperty("format", "png");
		return Base64.getDecoder().decode(call("Page.captureScreenshot", params).get("data").getAsString());
	}

	void resize(int width, int height) throws ChromiumException {
		JsonObject params = new JsonObject();
		params.addProperty("width", width);
		params.addProperty("height", height);
		params.addProperty("deviceScaleFactor", 1);
		params.addProperty("mobile", false);
		call("Emulation.setDeviceMetricsOverride", params);
	}

	void navigate(String url) throws ChromiumException {
		call("Page.enable", new JsonObject());
		CompletableFuture<JsonObject> loaded = chromium.nextEvent("Page.loadEventFired", sessionId);
		JsonObject params = new JsonObject();
		params.addProperty("url", url);
		JsonObject answer = call("Page.navigate", params);
		if (answer.has("errorText")) {
			throw new ChromiumException("Chromium could not open " + url + ": " + answer.get("errorText").getAsString());
		}
		chromium.await("loading " + url, loaded);
	}

	@Override
	public void close() throws ChromiumException {
		JsonObject params = new JsonObject();
		params.addProperty("targetId", targetId);
		chromium.await("Target.closeTarget", chromium.send("Target.closeTarget", params, null));
	}

	private JsonObject call(String method, JsonObject params) throws ChromiumException {
		return chromium.await(method, chromium.send(method, params, sessionId));
	}
}
