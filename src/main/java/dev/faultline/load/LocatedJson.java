package dev.faultline.load;

import java.util.List;

/**
 * A JSON value that remembers where it stood in its file, so that every problem can name a line and column. Objects
 * keep their members in file order, each with the position of its name.
 *
 * <p>A model of a million events has tens of millions of values, so each keeps its line and column packed in one
 * {@code long} ({@link #at()}) and makes a {@link Position} only when a problem asks for one; a {@code Position} object
 * per value and per member name was about a third of the loader's heap.
 */
sealed interface LocatedJson {

    /** 1-based line and column of the value's first character. */
    record Position(int line, int column) {
        /** {@code line} and {@code column} in one {@code long}, as {@link LocatedJson#at()} keeps them. */
        static long pack(int line, int column) {
            return ((long) line << 32) | (column & 0xFFFF_FFFFL);
        }

        static Position unpack(long at) {
            return new Position((int) (at >>> 32), (int) at);
        }
    }

    /** The value's line and column, packed by {@link Position#pack}. */
    long at();

    default Position position() {
        return Position.unpack(at());
    }

    /** What a person calls this kind of value in a message: "a string", "an object". */
    String description();

    /** One member of an object, as {@link MemberMap} hands it out. */
    record Member(String name, Position namePosition, LocatedJson value) {
    }

    record JsonObject(long at, MemberMap members) implements LocatedJson {
        @Override
        public String description() {
            return "an object";
        }
    }

    record JsonArray(long at, List<LocatedJson> items) implements LocatedJson {
        public JsonArray {
            items = List.copyOf(items);
        }

        @Override
        public String description() {
            return "an array";
        }
    }

    /**
     * The model's top-level {@code "events"} array as the first reading pass leaves it: its position and how many
     * items it holds, which are read later one at a time ({@link LocatedJsonReader#stream}), so that a million events
     * never stand in memory as a tree.
     */
    record StreamedArray(long at, int size) implements LocatedJson {
        @Override
        public String description() {
            return "an array";
        }
    }

    record JsonString(long at, String value) implements LocatedJson {
        @Override
        public String description() {
            return "a string";
        }
    }

    /** A number as written; {@code integral} when it has no fraction or exponent. */
    record JsonNumber(long at, String text, boolean integral) implements LocatedJson {
        @Override
        public String description() {
            return "a number";
        }
    }

    record JsonBoolean(long at, boolean value) implements LocatedJson {
        @Override
        public String description() {
            return value ? "true" : "false";
        }
    }

    record JsonNull(long at) implements LocatedJson {
        @Override
        public String description() {
            return "null";
        }
    }
}
