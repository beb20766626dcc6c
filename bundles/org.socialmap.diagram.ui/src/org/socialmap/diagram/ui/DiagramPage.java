package org.socialmap.diagram.ui;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.BrowserFunction;
import org.eclipse.swt.browser.ProgressListener;
import org.eclipse.swt.widgets.Composite;

import com.google.gson.Gson;
import com.google.gson.JsonParser;

/**
 * The diagram client's page in an SWT Browser. The page tells its state through three Browser
 * functions: one called whenever {@code document.body.dataset} says the diagram's state or dirty
 * state changed (a MutationObserver), with the times of the page's steps so far; one when it says
 * the selection changed; one with the results of the page's asynchronous hooks
 * ({@code window.socialmap.exportSvg()}...), which {@link Browser#evaluate} cannot wait for.
 */
final class DiagramPage {

	private static final String STATE_FUNCTION = "socialmapStateChanged";
	private static final String SELECTION_FUNCTION = "socialmapSelectionChanged";
	private static final String RESULT_FUNCTION = "socialmapResult";
	private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);

	/** Installed after each page load (the page's own top bar reloads it for another diagram or client). */
	private static final String OBSERVE_BODY = """
			(function () {
			  const report = () => %s(document.body.dataset.diagramState || 'loading', document.body.dataset.dirty === 'true',
			      JSON.stringify(window.socialmap ? window.socialmap.timings() : {}));
			  new MutationObserver(report).observe(document.body,
			      { attributes: true, attributeFilter: ['data-diagram-state', 'data-dirty'] });
			  const select = () => %s(document.body.dataset.selection || '[]');
			  new MutationObserver(select).observe(document.body, { attributes: true, attributeFilter: ['data-selection'] });
			  report();
			})();""".formatted(STATE_FUNCTION, SELECTION_FUNCTION);

	private final Browser browser;
	private final Map<Integer, CompletableFuture<String>> pendingCalls = new HashMap<>();
	private int nextCall;
	private PageState state = PageState.LOADING;
	private Map<String, Long> timings = Map.of();

	/**
	 * @param onSelectionChanged gets the GModel ids of the elements selected on the page
	 */
	DiagramPage(Composite parent, Consumer<PageState> onStateChanged, Consumer<List<String>> onSelectionChanged) {
		browser = new Browser(parent, SWT.NONE);
		new BrowserFunction(browser, SELECTION_FUNCTION) {
			@Override
			public Object function(Object[] arguments) {
				onSelectionChanged.accept(List.of(new Gson().fromJson(String.valueOf(arguments[0]), String[].class)));
				return null;
			}
		};
		new BrowserFunction(browser, STATE_FUNCTION) {
			@Override
			public Object function(Object[] arguments) {
				state = new PageState(String.valueOf(arguments[0]), Boolean.TRUE.equals(arguments[1]));
				timings = parseTimings(String.valueOf(arguments[2]));
				onStateChanged.accept(state);
				return null;
			}
		};
		new BrowserFunction(browser, RESULT_FUNCTION) {
			@Override
			public Object function(Object[] arguments) {
				CompletableFuture<String> call = pendingCalls.remove(((Number) arguments[0]).intValue());
				if (call != null) {
					String value = String.valueOf(arguments[2]);
					if (Boolean.TRUE.equals(arguments[1])) {
						call.complete(value);
					} else {
						call.completeExceptionally(new IllegalStateException(value));
					}
				}
				return null;
			}
		};
		browser.addProgressListener(ProgressListener.completedAdapter(event -> browser.execute(OBSERVE_BODY)));
	}

	/** Loads the page: until then the Browser is blank. */
	void open(URI page) {
		browser.setUrl(page.toString());
	}

	Browser browser() {
		return browser;
	}

	PageState state() {
		return state;
	}

	/**
	 * When the page reached each step of its opening (epoch milliseconds by step name,
	 * page-timings.ts), as it said with its last state; not read with {@link Browser#evaluate}, which
	 * WebKitGTK cannot run while the page waits for a Browser function.
	 */
	Map<String, Long> timings() {
		return timings;
	}

	private static Map<String, Long> parseTimings(String json) {
		Map<String, Long> parsed = new LinkedHashMap<>();
		JsonParser.parseString(json).getAsJsonObject().entrySet().forEach(step -> parsed.put(step.getKey(), step.getValue().getAsLong()));
		return parsed;
	}

	/** Sends a GLSP action, a JavaScript object literal, through the page ({@code window.socialmap.dispatch}). */
	void dispatch(String action) {
		browser.execute("window.socialmap && window.socialmap.dispatch(" + action + ");");
	}

	/** Selects the elements with these GModel ids on the page, and nothing else. */
	void select(List<String> ids) {
		dispatch("{ kind: 'elementSelected', selectedElementsIDs: " + new Gson().toJson(ids)
				+ ", deselectedElementsIDs: [], deselectAll: true }");
	}

	/**
	 * Calls a {@code window.socialmap} hook that answers with a Promise of a string, dispatching the
	 * display's events until it resolves.
	 */
	String call(String hook) {
		int id = nextCall++;
		CompletableFuture<String> result = new CompletableFuture<>();
		pendingCalls.put(id, result);
		browser.execute("window.socialmap." + hook + "().then(value => " + RESULT_FUNCTION + "(" + id
				+ ", true, value), error => " + RESULT_FUNCTION + "(" + id + ", false, String(error)));");
		if (!DisplayWait.until(result::isDone, CALL_TIMEOUT)) {
			pendingCalls.remove(id);
			throw new IllegalStateException("the diagram page did not answer " + hook + "() within " + CALL_TIMEOUT.toSeconds() + " s");
		}
		try {
			return result.get();
		} catch (ExecutionException e) {
			throw new IllegalStateException("the diagram page failed " + hook + "(): " + e.getCause().getMessage(), e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
