package dev.faultline.load;

import dev.faultline.load.LocatedJson.JsonArray;
import dev.faultline.load.LocatedJson.JsonBoolean;
import dev.faultline.load.LocatedJson.JsonNumber;
import dev.faultline.load.LocatedJson.JsonObject;
import dev.faultline.load.LocatedJson.JsonString;
import dev.faultline.load.LocatedJson.Member;
import dev.faultline.load.LocatedJson.Position;
import dev.faultline.model.LocalizedText;
import dev.faultline.model.PartialDate;
import dev.faultline.text.Printable;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The members of one JSON object that the format defines for it (say, an event), read with type checks. Members the
 * format does not define are reported as soon as the object is opened; a missing required member, or a member of the
 * wrong type, is reported when it is asked for, at the object or the value. Each accessor returns null (or empty)
 * after reporting, so a reader can go on and find the object's other problems.
 */
final class Fields {

    private final JsonObject object;
    private final String path;
    private final String what;
    private final Problems problems;

    private Fields(JsonObject object, String path, String what, Problems problems) {
        this.object = object;
        this.path = path;
        this.what = what;
        this.problems = problems;
    }

    /**
     * Opens {@code node} as the object {@code what} (a word for messages: "event"), whose members may only be
     * {@code allowed}; empty, after reporting, when the node is not an object.
     */
    static Optional<Fields> open(LocatedJson node, String path, String what, Problems problems, String... allowed) {
        if (!(node instanceof JsonObject object)) {
            problems.error(node.position(), path, article(what) + " must be an object, not " + node.description());
            return Optional.empty();
        }
        MemberMap members = object.members();
        for (int i = 0; i < members.size(); i++) {
            if (!allows(allowed, members.name(i))) {
                Member member = members.member(i);
                String suggestion = problems.full() ? "" : Names.closest(member.name(), Set.of(allowed))
                        .map(s -> "; did you mean \"" + s + "\"?").orElse("");
                problems.error(member.namePosition(), LocatedJsonReader.memberPath(path, member.name()),
                        "unknown field " + NearMatch.shown(member.name(), 80) + " in " + what + suggestion);
            }
        }
        return Optional.of(new Fields(object, path, what, problems));
    }

    private static boolean allows(String[] allowed, String name) {
        for (String a : allowed) {
            if (a.equals(name)) {
                return true;
            }
        }
        return false;
    }

    static String article(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }

    Position position() {
        return object.position();
    }

    String path() {
        return path;
    }

    /** The JSON path of member {@code name}. */
    String path(String name) {
        return LocatedJsonReader.memberPath(path, name);
    }

    /** The member's value, or null; reports a missing member when it is required. */
    LocatedJson node(String name, boolean required) {
        LocatedJson value = object.members().value(name);
        if (value == null && required) {
            problems.error(object.position(), path, what + " is missing required field \"" + name + "\"");
        }
        return value;
    }

    /** Where the member's value is, or the object's position when it is absent. */
    Position positionOf(String name) {
        LocatedJson value = object.members().value(name);
        return value == null ? object.position() : value.position();
    }

    boolean has(String name) {
        return object.members().containsKey(name);
    }

    JsonString stringNode(String name, boolean required) {
        LocatedJson node = node(name, required);
        if (node == null) {
            return null;
        }
        if (node instanceof JsonString s) {
            if (s.value().isBlank() && required) {
                problems.error(s.position(), path(name), "\"" + name + "\" must not be empty");
                return null;
            }
            if (!printable(s, name)) {
                return null;
            }
            return s;
        }
        wrongType(name, node, "a string");
        return null;
    }

    /**
     * Reports a string holding a control character (line breaks and tabs aside), an invisible direction override or a
     * lone surrogate: such text can rewrite a terminal or turn a line around when shown, and is never curated on
     * purpose.
     */
    private boolean printable(JsonString s, String name) {
        int at = Printable.firstUnsafe(s.value(), "\n\t\r");
        if (at < 0) {
            return true;
        }
        char c = s.value().charAt(at);
        String what = Character.isSurrogate(c) ? "a lone surrogate" : Character.isISOControl(c)
                ? "a control character" : "an invisible direction mark";
        problems.error(s.position(), path(name), "\"" + name + "\" holds " + what + String.format(" U+%04X", (int) c)
                + " at character " + (at + 1) + "; remove it (it could rewrite a terminal or turn text around)");
        return false;
    }

    String string(String name) {
        JsonString s = stringNode(name, true);
        return s == null ? null : s.value();
    }

    String optionalString(String name) {
        JsonString s = stringNode(name, false);
        return s == null ? null : s.value();
    }

    boolean optionalBoolean(String name) {
        LocatedJson node = node(name, false);
        if (node == null) {
            return false;
        }
        if (node instanceof JsonBoolean b) {
            return b.value();
        }
        wrongType(name, node, "true or false");
        return false;
    }

    /** An integer member; null after reporting when absent (and required), not an integer, or out of range. */
    Integer integer(String name, boolean required, int min, int max, String rangeDescription) {
        LocatedJson node = node(name, required);
        if (node == null) {
            return null;
        }
        if (!(node instanceof JsonNumber number)) {
            wrongType(name, node, rangeDescription);
            return null;
        }
        long value;
        try {
            value = number.integral() ? Long.parseLong(number.text()) : Long.MIN_VALUE;
        } catch (NumberFormatException e) {
            value = Long.MIN_VALUE;
        }
        if (value < min || value > max) {
            problems.error(number.position(), path(name),
                    "\"" + name + "\" must be " + rangeDescription + ", not " + number.text());
            return null;
        }
        return (int) value;
    }

    /** A localized text ({@code {"en": ..., "zh": ...}}), {@code en} required. */
    LocalizedText text(String name, boolean required) {
        LocatedJson node = node(name, required);
        if (node == null) {
            return null;
        }
        if (!(node instanceof JsonObject)) {
            wrongType(name, node, "a text object like {\"en\": \"…\", \"zh\": \"…\"}");
            return null;
        }
        return open(node, path(name), "text", problems, "en", "zh").map(t -> {
            String en = t.string("en");
            String zh = t.optionalString("zh");
            return en == null ? null : new LocalizedText(en, zh);
        }).orElse(null);
    }

    /** A date ({@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}); null after reporting when ill-formed. */
    PartialDate date(String name, boolean required) {
        JsonString s = stringNode(name, required);
        if (s == null) {
            return null;
        }
        try {
            return PartialDate.parse(s.value());
        } catch (IllegalArgumentException e) {
            problems.error(s.position(), path(name), "\"" + name + "\": " + e.getMessage());
            return null;
        }
    }

    /** An array member; an absent optional array reads as empty. */
    List<LocatedJson> array(String name, boolean required) {
        LocatedJson node = node(name, required);
        if (node == null) {
            return List.of();
        }
        if (node instanceof JsonArray array) {
            return array.items();
        }
        wrongType(name, node, "an array");
        return List.of();
    }

    /** A member that must be a string naming one of {@code choices}; null after reporting otherwise. */
    String choice(String name, boolean required, String kindWord, Collection<String> choices) {
        JsonString s = stringNode(name, required);
        if (s == null) {
            return null;
        }
        if (!choices.contains(s.value())) {
            problems.error(s.position(), path(name), "unknown " + kindWord + " " + NearMatch.shown(s.value(), 80) + "; expected one of: "
                    + String.join(", ", choices));
            return null;
        }
        return s.value();
    }

    private void wrongType(String name, LocatedJson node, String expected) {
        problems.error(node.position(), path(name),
                "\"" + name + "\" must be " + expected + ", not " + node.description());
    }
}
