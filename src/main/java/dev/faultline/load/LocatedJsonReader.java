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

    private static final Pattern SIMPLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
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

    private LocatedJsonReader(String file, Problems problems, java.util.function.DoubleConsumer progress) {
        this.file = file;
        this.problems = problems;
        this.progress = progress;
    }

    /** Parses {@code json}, adding problems to {@code problems}; empty after a syntax error. */
    static Optional<LocatedJson> read(String file, String json, Problems problems) {
        return read(file, json, problems, fraction -> {
        });
    }

    /**
     * Parses {@code json} as {@link #read(String, String, Problems)}, telling {@code progress} every few thousand
     * values how far through the text it is (which may stop the parse by throwing).
     */
    static Optional<LocatedJson> read(String file, String json, Problems problems,
            java.util.function.DoubleConsumer progress) {
        LocatedJsonReader reader = new LocatedJsonReader(file, problems, progress);
        reader.length = Math.max(1, json.length());
        return reader.read(json);
    }

    /** The JSON path of a member of the value at {@code path}; a very long name is cut short. */
    static String memberPath(String path, String name) {
        String shown = name.length() > MAX_PATH_NAME ? name.substring(0, MAX_PATH_NAME) + "…" : name;
        return SIMPLE_NAME.matcher(name).matches() ? path + "." + shown
                : path + "['" + shown.replace("\\", "\\\\").replace("'", "\\'") + "']";
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

    private Optional<LocatedJson> read(String json) {
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
        long at = position(parser.currentTokenLocation());
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
            LocatedJson value = value(parser, parser.nextToken());
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
