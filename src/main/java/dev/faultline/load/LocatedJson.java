package dev.faultline.load;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A JSON value that remembers where it stood in its file, so that every problem can name a line and column. Objects
 * keep their members in file order, each with the position of its name.
 */
sealed interface LocatedJson {

    /** 1-based line and column of the value's first character. */
    record Position(int line, int column) {
    }

    Position position();

    /** What a person calls this kind of value in a message: "a string", "an object". */
    String description();

    record Member(String name, Position namePosition, LocatedJson value) {
    }

    record JsonObject(Position position, Map<String, Member> members) implements LocatedJson {
        /** Takes {@code members} as it is when it is the reader's read-only {@link MemberMap}, else a read-only copy. */
        public JsonObject {
            members = members instanceof MemberMap ? members
                    : Collections.unmodifiableMap(new java.util.LinkedHashMap<>(members));
        }

        @Override
        public String description() {
            return "an object";
        }
    }

    record JsonArray(Position position, List<LocatedJson> items) implements LocatedJson {
        public JsonArray {
            items = List.copyOf(items);
        }

        @Override
        public String description() {
            return "an array";
        }
    }

    record JsonString(Position position, String value) implements LocatedJson {
        @Override
        public String description() {
            return "a string";
        }
    }

    /** A number as written; {@code integral} when it has no fraction or exponent. */
    record JsonNumber(Position position, String text, boolean integral) implements LocatedJson {
        @Override
        public String description() {
            return "a number";
        }
    }

    record JsonBoolean(Position position, boolean value) implements LocatedJson {
        @Override
        public String description() {
            return value ? "true" : "false";
        }
    }

    record JsonNull(Position position) implements LocatedJson {
        @Override
        public String description() {
            return "null";
        }
    }
}
