package org.socialmap.tests.common;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Damaged copies of good model files, as a careless edit, a broken disk or a hostile tester makes
 * them: cut short, bytes changed, markup slipped in, bad enum literals and numbers, bad encodings,
 * duplicate, missing and dangling ids, elements of the wrong type, huge values. The same seed gives the same variants,
 * so a failure can be replayed; each kind of damage comes in turn, so every kind is tried.
 */
public final class DamagedModels {

	/** One damaged file: which model, what was done to it, and its bytes. */
	public record Variant(String description, byte[] content) {

		@Override
		public String toString() {
			return description;
		}
	}

	/** Makes one damaged copy, or null when the model has no place for this damage. */
	private interface Damage {
		Variant apply(String model, String text, Random random);
	}

	private static final Pattern ATTRIBUTE = Pattern.compile("\\s([A-Za-z]+)=\"([^\"]*)\"");
	private static final Pattern ENUM_ATTRIBUTE = Pattern
			.compile("\\s(cadence|status|kind|strength|role|businessFunction|measure)=\"([^\"]*)\"");
	private static final Pattern NUMBER_ATTRIBUTE = Pattern.compile("\\s(weeklyHours)=\"([^\"]*)\"");
	private static final Pattern REFERENCE_ATTRIBUTE = Pattern.compile("\\s(member|source|target|presences)=\"([^\"]*)\"");
	private static final Pattern ID_ATTRIBUTE = Pattern.compile("\\s+(id)=\"([^\"]*)\"");
	private static final Pattern START_TAG = Pattern.compile("<([A-Za-z]+)(?=[\\s/>])");
	private static final Pattern ENCODING = Pattern.compile("\\s(encoding)=\"([^\"]*)\"");

	private static final List<String> BAD_LITERALS = List.of("hourly", "", "DAILY", " weekly", "real_time", "3",
			"sometimes");
	private static final List<String> BAD_NUMBERS = List.of("abc", "1e999", "NaN", "-1", "Infinity", "-Infinity", "",
			"1,5", "0x10", "3.0.1", "1e-400", " 2 ");
	private static final List<String> UNKNOWN_ENCODINGS = List.of("X-NOPE", "UTF-9", "latin-42", "");
	private static final List<String> WIDE_ENCODINGS = List.of("UTF-16", "UTF-16LE", "UTF-32");
	private static final List<String> CONTAINMENTS = List.of("clients", "websites", "presences", "links", "teams",
			"members", "affinities", "curations", "objectives", "indicators", "contentPillars");
	private static final List<String> MARKUP = List.of("<", "&", "&#0;", "\"", "]]>", "<!DOCTYPE x>", "<!-- note -->",
			"<?pi?>", "</clients>", "<members/>", " xmi:id=\"q\" ", "<![CDATA[text]]>");
	private static final List<String> TYPES = List.of("Team", "Member", "MapNode", "ModelElement", "Nope", "Agency",
			"Curation", "Website");
	private static final int HUGE = 1_000_000;
	private static final String ROOT = "<socialmap:Agency";
	private static final List<Damage> DAMAGES = List.of(DamagedModels::truncated, DamagedModels::bytesChanged,
			DamagedModels::markupInserted, DamagedModels::badEnumLiteral, DamagedModels::badNumber, DamagedModels::badEncoding,
			DamagedModels::duplicateId, DamagedModels::missingId, DamagedModels::danglingReference,
			DamagedModels::referenceToAnotherType, DamagedModels::renamedElement, DamagedModels::wrongXsiType,
			DamagedModels::hugeValue);

	private final Map<String, String> models;
	private final Random random;

	/** @param models good files by name, in UTF-8 */
	public DamagedModels(long seed, Map<String, byte[]> models) {
		this.random = new Random(seed);
		this.models = new TreeMap<>();
		models.forEach((name, content) -> this.models.put(name, new String(content, StandardCharsets.UTF_8)));
	}

	public List<Variant> variants(int count) {
		List<String> names = List.copyOf(models.keySet());
		List<Variant> variants = new ArrayList<>();
		for (int tried = 0; variants.size() < count; tried++) {
			String model = names.get(random.nextInt(names.size()));
			Variant variant = DAMAGES.get(tried % DAMAGES.size()).apply(model, models.get(model), random);
			if (variant != null) {
				variants.add(variant);
			}
		}
		return variants;
	}

	private static Variant truncated(String model, String text, Random random) {
		byte[] bytes = utf8(text);
		int length = random.nextInt(bytes.length);
		byte[] cut = new byte[length];
		System.arraycopy(bytes, 0, cut, 0, length);
		return new Variant(model + " cut after " + length + " bytes", cut);
	}

	private static Variant bytesChanged(String model, String text, Random random) {
		byte[] bytes = utf8(text);
		StringBuilder offsets = new StringBuilder();
		for (int i = 1 + random.nextInt(3); i > 0; i--) {
			int offset = random.nextInt(bytes.length);
			bytes[offset] = (byte) random.nextInt(256);
			offsets.append(' ').append(offset);
		}
		return new Variant(model + " with bytes changed at" + offsets, bytes);
	}

	private static Variant markupInserted(String model, String text, Random random) {
		int offset = random.nextInt(text.length());
		String markup = pick(MARKUP, random);
		return new Variant(model + " with " + markup + " at character " + offset,
				utf8(text.substring(0, offset) + markup + text.substring(offset)));
	}

	private static Variant badEnumLiteral(String model, String text, Random random) {
		return replaceValue(model, text, ENUM_ATTRIBUTE, pick(BAD_LITERALS, random), random);
	}

	private static Variant badNumber(String model, String text, Random random) {
		return replaceValue(model, text, NUMBER_ATTRIBUTE, pick(BAD_NUMBERS, random), random);
	}

	private static Variant badEncoding(String model, String text, Random random) {
		return switch (random.nextInt(6)) {
		case 0 -> latin1ByteInAValue(model, text, random);
		case 1 -> replaceValue(model, text, ENCODING, pick(UNKNOWN_ENCODINGS, random), random);
		case 2 -> replaceValue(model, text, ENCODING, pick(WIDE_ENCODINGS, random), random);
		case 3 -> replaceValue(model, text, ENCODING, "ISO-8859-1", random);
		case 4 -> withPrefix(model + " after a UTF-16 byte order mark", text, (byte) 0xFF, (byte) 0xFE);
		default -> withPrefix(model + " after a UTF-8 byte order mark", text, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
		};
	}

	private static Variant duplicateId(String model, String text, Random random) {
		List<Found> ids = matches(ID_ATTRIBUTE, text);
		if (ids.size() < 2) {
			return null;
		}
		Found first = pick(ids, random);
		Found second = pick(ids, random);
		if (first.value().equals(second.value())) {
			return null;
		}
		return new Variant(model + " with id '" + first.value() + "' twice",
				utf8(second.replaceValue(text, first.value())));
	}

	private static Variant missingId(String model, String text, Random random) {
		List<Found> ids = matches(ID_ATTRIBUTE, text);
		if (ids.isEmpty()) {
			return null;
		}
		Found removed = pick(ids, random);
		return new Variant(model + " without id '" + removed.value() + "'",
				utf8(text.substring(0, removed.start()) + text.substring(removed.end())));
	}

	private static Variant danglingReference(String model, String text, Random random) {
		List<Found> references = matches(REFERENCE_ATTRIBUTE, text);
		if (references.isEmpty()) {
			return null;
		}
		Found reference = pick(references, random);
		String target = random.nextBoolean() ? "nobody-" + random.nextInt(100) : "elsewhere.socialmap#" + reference.value();
		return new Variant(model + " with " + reference.name() + "=\"" + target + "\"", utf8(reference.replaceValue(text, target)));
	}

	private static Variant referenceToAnotherType(String model, String text, Random random) {
		List<Found> references = matches(REFERENCE_ATTRIBUTE, text);
		List<Found> ids = matches(ID_ATTRIBUTE, text);
		if (references.isEmpty() || ids.isEmpty()) {
			return null;
		}
		Found reference = pick(references, random);
		String target = pick(ids, random).value();
		return new Variant(model + " with " + reference.name() + "=\"" + target + "\"", utf8(reference.replaceValue(text, target)));
	}

	/** An element's start and end tag renamed to another containment, e.g. a presence written as a team. */
	private static Variant renamedElement(String model, String text, Random random) {
		List<Found> tags = matches(START_TAG, text).stream().filter(tag -> CONTAINMENTS.contains(tag.name())).toList();
		if (tags.isEmpty()) {
			return null;
		}
		Found tag = pick(tags, random);
		String name = pick(CONTAINMENTS, random);
		int startTagEnd = text.indexOf('>', tag.end());
		String renamed = text.substring(0, tag.start() + 1) + name + text.substring(tag.end(), startTagEnd);
		String rest = text.substring(startTagEnd);
		if (text.charAt(startTagEnd - 1) != '/') {
			rest = rest.replaceFirst("</" + tag.name() + ">", "</" + name + ">");
		}
		return new Variant(model + " with a '" + tag.name() + "' element renamed '" + name + "'", utf8(renamed + rest));
	}

	private static Variant wrongXsiType(String model, String text, Random random) {
		List<Found> tags = matches(START_TAG, text);
		if (tags.isEmpty() || !text.contains(ROOT)) {
			return null;
		}
		Found tag = pick(tags, random);
		String type = pick(TYPES, random);
		String typed = text.substring(0, tag.end()) + " xsi:type=\"socialmap:" + type + "\"" + text.substring(tag.end());
		return new Variant(model + " with a '" + tag.name() + "' element of type " + type, utf8(typed.replaceFirst(ROOT,
				ROOT + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")));
	}

	private static Variant hugeValue(String model, String text, Random random) {
		List<Found> attributes = matches(ATTRIBUTE, text);
		Found attribute = pick(attributes, random);
		String huge = String.valueOf(random.nextBoolean() ? 'x' : '9').repeat(HUGE);
		return new Variant(model + " with a " + HUGE + "-character " + attribute.name(), utf8(attribute.replaceValue(text, huge)));
	}

	private static Variant latin1ByteInAValue(String model, String text, Random random) {
		Found attribute = pick(matches(ATTRIBUTE, text), random);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.writeBytes(utf8(text.substring(0, attribute.valueStart())));
		bytes.write(0xE8); // 'è' in ISO-8859-1, never a whole character in UTF-8
		bytes.writeBytes(utf8(text.substring(attribute.valueStart())));
		return new Variant(model + " with a Latin-1 byte in " + attribute.name(), bytes.toByteArray());
	}

	private static Variant replaceValue(String model, String text, Pattern attributes, String value, Random random) {
		List<Found> found = matches(attributes, text);
		if (found.isEmpty()) {
			return null;
		}
		Found attribute = pick(found, random);
		return new Variant(model + " with " + attribute.name() + "=\"" + value + "\"", utf8(attribute.replaceValue(text, value)));
	}

	private static Variant withPrefix(String description, String text, byte... prefix) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.writeBytes(prefix);
		bytes.writeBytes(utf8(text));
		return new Variant(description, bytes.toByteArray());
	}

	/** Where a pattern matched: its first group, a name; its second, if any, a value. */
	private record Found(String name, String value, int start, int end, int valueStart) {

		String replaceValue(String text, String newValue) {
			return text.substring(0, valueStart) + newValue + text.substring(valueStart + value.length());
		}
	}

	private static List<Found> matches(Pattern pattern, String text) {
		List<Found> results = new ArrayList<>();
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			boolean hasValue = matcher.groupCount() > 1;
			results.add(new Found(matcher.group(1), hasValue ? matcher.group(2) : null,
					matcher.start(), matcher.end(), hasValue ? matcher.start(2) : matcher.end()));
		}
		return results;
	}

	private static <T> T pick(List<T> choices, Random random) {
		return choices.get(random.nextInt(choices.size()));
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}
}
