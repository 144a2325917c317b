package dev.faultline.load;

import dev.faultline.load.LocatedJson.JsonArray;
import dev.faultline.load.LocatedJson.JsonBoolean;
import dev.faultline.load.LocatedJson.JsonNull;
import dev.faultline.load.LocatedJson.JsonNumber;
import dev.faultline.load.LocatedJson.JsonObject;
import dev.faultline.load.LocatedJson.JsonString;
import dev.faultline.load.LocatedJson.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * Parses JSON text with Jackson's streaming parser into a {@link LocatedJson} tree, so every value keeps its line and
 * column. Plain JSON only (no comments, no trailing commas), bounded by {@link StreamReadConstraints}; no data
 * binding, so no polymorphic typing. A repeated member name is reported and its first value kept; a syntax error is
 * reported with its position and ends the parse.
 */
final class LocatedJsonReader {

    static final int MAX_DEPTH = 64;
    static final int MAX_STRING_LENGTH = 1024 * 1024;
    static final long MAX_DOCUMENT_LENGTH = ModelLoader.MAX_MODEL_BYTES;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxNameLength(1024)
                    .maxNumberLength(32)
                    .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                    .build())
            .build();

    private static final Pattern SOURCE_REF = Pattern.compile("\\s*\\(?\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]\\)?");
    private static final Pattern CONSTRAINT_REF = Pattern.compile(",? from `[^`]*`");
    private static final Pattern CHAR_CODE = Pattern.compile(" \\(code -?\\d+\\)");

    private final String file;
    private final Problems problems;
    /**
     * Where the parser is, one step per level (a member name, or null and an index for an array item): the path of a
     * value is spelled out only when a problem names it, so a file of many values pays nothing for paths.
     */
    private final String[] stepNames = new String[MAX_DEPTH + 2];
    private final int[] stepIndexes = new int[MAX_DEPTH + 2];
    private int depth;

    private final java.util.function.DoubleConsumer progress;
    private int tokens;
    private long length;
    private boolean streamEvents;

    private LocatedJsonReader(String file, Problems problems, java.util.function.DoubleConsumer progress) {
        this.file = file;
        this.problems = problems;
        this.progress = progress;
    }

    /** The name of the top-level member whose array is streamed rather than held. */
    static final String STREAMED = "events";

    /** Receives the streamed array's items, one at a time, with their index. */
    @FunctionalInterface
    interface ItemVisitor {
        void visit(LocatedJson item, int index);
    }

    /** Parses {@code json} whole, adding problems to {@code problems}; empty after a syntax error. For tests. */
    static Optional<LocatedJson> read(String file, String json, Problems problems) {
        return read(file, ModelText.of(json), problems, fraction -> {
        }, false);
    }

    /**
     * Parses {@code text}, adding problems to {@code problems}; empty after a syntax error. When {@code streamEvents},
     * a top-level {@code "events"} array is checked for syntax but its items are skipped, and it stands in the tree as
     * a {@link LocatedJson.StreamedArray}: {@link #stream} reads them later. {@code progress} is told every few
     * thousand values how far through the text the parse is (and may stop it by throwing).
     */
    static Optional<LocatedJson> read(String file, ModelText text, Problems problems,
            java.util.function.DoubleConsumer progress, boolean streamEvents) {
        LocatedJsonReader reader = new LocatedJsonReader(file, problems, progress);
        reader.length = text.length();
        reader.streamEvents = streamEvents;
        try (java.io.Reader in = text.open()) {
            return reader.read(in);
        } catch (java.io.IOException e) {
            problems.add(Problem.fileError(file, "cannot be read: " + TextFileReader.describe(e)));
            return Optional.empty();
        }
    }

    /**
     * Reads the items of the top-level {@code "events"} array that {@link #read} left at {@code at}, handing each to
     * {@code visitor} as it is parsed and keeping none. False, after reporting, when the text no longer holds that
     * array there (the file changed between the passes) or cannot be read.
     */
    static boolean stream(String file, ModelText text, Problems problems, java.util.function.DoubleConsumer progress,
            long at, ItemVisitor visitor) {
        LocatedJsonReader reader = new LocatedJsonReader(file, problems, progress);
        reader.length = text.length();
        try (java.io.Reader in = text.open(); JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), in)) {
            if (parser.nextToken() == JsonToken.START_OBJECT) {
                JsonToken token;
                while ((token = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
                    String name = parser.currentName();
                    JsonToken value = parser.nextToken();
                    if (STREAMED.equals(name) && value == JsonToken.START_ARRAY
                            && valuePosition(parser) == at) {
                        reader.items(parser, visitor);
                        return true;
                    }
                    parser.skipChildren();
                }
            }
        } catch (JacksonException | java.io.IOException e) {
            // the first pass read the whole text without a syntax error, so the text has changed since
        }
        problems.add(Problem.fileError(file, "changed while it was being read; open it again"));
        return false;
    }

    /** Parses each item of the array the parser has just entered, handing it on; the parser ends on its close. */
    private void items(JsonParser parser, ItemVisitor visitor) {
        stepNames[0] = STREAMED;
        stepNames[1] = null;
        depth = 2;
        JsonToken token;
        int index = 0;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            stepIndexes[1] = index;
            LocatedJson item = value(parser, token);
            visitor.visit(item, index++);
        }
    }

    /** The JSON path of a member of the value at {@code path}; a very long name is cut short. */
    static String memberPath(String path, String name) {
        String shown = name.length() > MAX_PATH_NAME ? name.substring(0, MAX_PATH_NAME) + "…" : name;
        return isSimpleName(name) ? path + "." + shown
                : path + "['" + shown.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    /** As the pattern {@code [A-Za-z_][A-Za-z0-9_]*}, by hand: every field of every item asks this. */
    private static boolean isSimpleName(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
            if (!letter && !(i > 0 && c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    /** Longest member name spelled out in a path. */
    static final int MAX_PATH_NAME = 64;

    /** The path of the value the parser is at. */
    private String currentPath() {
        StringBuilder sb = new StringBuilder("$");
        for (int i = 0; i < depth; i++) {
            if (stepNames[i] != null) {
                sb.replace(0, sb.length(), memberPath(sb.toString(), stepNames[i]));
            } else {
                sb.append('[').append(stepIndexes[i]).append(']');
            }
        }
        return sb.toString();
    }

    private Optional<LocatedJson> read(java.io.Reader json) {
        try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), json)) {
            try {
                JsonToken first = parser.nextToken();
                if (first == null) {
                    problems.add(Problem.fileError(file, "file is empty"));
                    return Optional.empty();
                }
                LocatedJson root = value(parser, first);
                if (parser.nextToken() != null) {
                    Position at = Position.unpack(position(parser.currentTokenLocation()));
                    problems.add(Problem.error(file, at.line(), at.column(), "",
                            "JSON syntax error: more content after the end of the top-level value"));
                    return Optional.empty();
                }
                return Optional.of(root);
            } catch (JacksonException e) {
                if (e.getCause() instanceof java.nio.charset.CharacterCodingException) {
                    // the file was checked as UTF-8 before this pass: it has changed since
                    problems.add(Problem.fileError(file, "changed while it was being read; open it again"));
                    return Optional.empty();
                }
                TokenStreamLocation where = e.getLocation();
                Position at = Position.unpack(where == null || where.getLineNr() < 1
                        ? position(parser.currentLocation()) : position(where));
                problems.add(Problem.error(file, at.line(), at.column(), "", "JSON syntax error: " + plain(e)));
                return Optional.empty();
            }
        } catch (JacksonException e) {
            problems.add(Problem.fileError(file, "cannot be parsed: " + plain(e)));
            return Optional.empty();
        }
    }

    private LocatedJson value(JsonParser parser, JsonToken token) {
        long at = valuePosition(parser);
        if ((++tokens & 0x3FFF) == 0) {
            progress.accept(Math.min(1, parser.currentLocation().getCharOffset() / (double) length));
        }
        return switch (token) {
            case START_OBJECT -> object(parser, at);
            case START_ARRAY -> array(parser, at);
            case VALUE_STRING -> new JsonString(at, shared(parser.getString()));
            case VALUE_NUMBER_INT -> new JsonNumber(at, shared(parser.getString()), true);
            case VALUE_NUMBER_FLOAT -> new JsonNumber(at, shared(parser.getString()), false);
            case VALUE_TRUE -> new JsonBoolean(at, true);
            case VALUE_FALSE -> new JsonBoolean(at, false);
            case VALUE_NULL -> new JsonNull(at);
            default -> throw new IllegalStateException("unexpected token " + token + " at " + Position.unpack(at));
        };
    }

    private JsonObject object(JsonParser parser, long at) {
        MemberMap.Builder members = new MemberMap.Builder();
        JsonToken token;
        int level = depth++;
        while ((token = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            long nameAt = position(parser.currentTokenLocation());
            stepNames[level] = name;
            JsonToken valueToken = parser.nextToken();
            LocatedJson value = streamEvents && level == 0 && STREAMED.equals(name) && valueToken == JsonToken.START_ARRAY
                    ? skipped(parser) : value(parser, valueToken);
            LocatedJson.Member earlier = members.putIfAbsent(name, nameAt, value);
            Position namePosition = earlier == null ? null : Position.unpack(nameAt);
            if (earlier != null && !problems.full()) {
                problems.add(Problem.error(file, namePosition.line(), namePosition.column(), currentPath(),
                        "duplicate field " + NearMatch.shown(name, MAX_PATH_NAME) + " (first at line "
                                + earlier.namePosition().line() + "); the first is used"));
            } else if (earlier != null) {
                problems.add(Problem.error(file, namePosition.line(), namePosition.column(), "", "duplicate field"));
            }
        }
        depth = level;
        if (token != JsonToken.END_OBJECT) {
            throw new IllegalStateException("unexpected token " + token + " in object at " + Position.unpack(at));
        }
        return new JsonObject(at, members.build());
    }

    /** Steps over the array the parser is at, checking its syntax and counting its items but keeping none. */
    private LocatedJson.StreamedArray skipped(JsonParser parser) {
        long at = valuePosition(parser);
        int size = 0;
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            size++;
            if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                parser.skipChildren();
            }
            if ((size & 0x3FF) == 0) {
                progress.accept(Math.min(1, parser.currentLocation().getCharOffset() / (double) length));
            }
        }
        return new LocatedJson.StreamedArray(at, size);
    }

    private JsonArray array(JsonParser parser, long at) {
        List<LocatedJson> items = new ArrayList<>();
        JsonToken token;
        int level = depth++;
        stepNames[level] = null;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            stepIndexes[level] = items.size();
            items.add(value(parser, token));
        }
        depth = level;
        return new JsonArray(at, items);
    }

    /**
     * One copy of each short string value: kinds, dates, faction and source ids repeat thousands of times in a large
     * model. Bounded, so a file of distinct short strings costs no more than without it.
     */
    private String shared(String value) {
        if (value.length() > 16) {
            return value;
        }
        String known = sharedStrings.get(value);
        if (known != null) {
            return known;
        }
        if (sharedStrings.size() < 200_000) {
            sharedStrings.put(value, value);
        }
        return value;
    }

    private final java.util.HashMap<String, String> sharedStrings = new java.util.HashMap<>();

    /**
     * Whether the parser's token line and column ({@code ParserBase.getTokenLineNr/getTokenColumnNr}, no object made)
     * give a value's position, with the column one ahead of {@code currentTokenLocation()}'s, as Jackson 3.2 does;
     * checked once on a probe, so another Jackson falls back to the location object.
     */
    private static final boolean TOKEN_POSITION_ONE_AHEAD = probeTokenPosition();

    private static boolean probeTokenPosition() {
        String probe = "{\"a\":\n  [1, \"x\"]}";
        try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), new java.io.StringReader(probe))) {
            int checked = 0;
            for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                if (t == JsonToken.PROPERTY_NAME || t.isStructEnd()) {
                    continue;
                }
                TokenStreamLocation location = parser.currentTokenLocation();
                if (!(parser instanceof tools.jackson.core.base.ParserBase base)
                        || base.getTokenLineNr() != location.getLineNr()
                        || base.getTokenColumnNr() - 1 != location.getColumnNr()) {
                    return false;
                }
                checked++;
            }
            return checked == 4; // the object, the array, the number and the string
        } catch (RuntimeException e) { // a JacksonException, or anything else: fall back
            return false;
        }
    }

    /**
     * The position of the value token the parser is at, packed: read from the parser's fields where the probe allows,
     * since a location object per value was a ninth of a large load's allocation.
     */
    private static long valuePosition(JsonParser parser) {
        if (TOKEN_POSITION_ONE_AHEAD && parser instanceof tools.jackson.core.base.ParserBase base) {
            return Position.pack(Math.max(base.getTokenLineNr(), 1), Math.max(base.getTokenColumnNr() - 1, 1));
        }
        return position(parser.currentTokenLocation());
    }

    /** The location's line and column, packed by {@link Position#pack}. */
    private static long position(TokenStreamLocation location) {
        return Position.pack(Math.max(location.getLineNr(), 1), Math.max(location.getColumnNr(), 1));
    }

    /** Jackson's message without its source description and API references, which mean nothing to a curator. */
    private static String plain(JacksonException e) {
        String message = e.getOriginalMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        message = SOURCE_REF.matcher(message).replaceAll(" (line $1, column $2)");
        message = CONSTRAINT_REF.matcher(message).replaceAll("");
        message = CHAR_CODE.matcher(message).replaceAll("");
        return message.strip();
    }
}
