package org.socialmap.cli.compare;

import java.util.List;

import org.socialmap.cli.output.JsonWriter;
import org.socialmap.compare.Change;

/** The JSON form of diff's output; its shape is documented in docs/cli.md. */
final class ChangesJson {

	private ChangesJson() {
	}

	static String of(String before, String after, List<Change> changes) {
		JsonWriter json = new JsonWriter().beginObject().name("old").value(before).name("new").value(after)
				.name("equal").value(changes.isEmpty()).name("changes").beginArray();
		for (Change change : changes) {
			json.beginObject().name("kind").value(change.kind().word()).name("key").value(change.key())
					.name("element").value(change.element()).name("feature").value(change.feature())
					.name("before").value(change.before()).name("after").value(change.after())
					.name("text").value(change.text()).endObject();
		}
		return json.endArray().endObject().toString();
	}
}
