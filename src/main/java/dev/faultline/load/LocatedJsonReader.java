package dev.faultline.load;

import dev.faultline.load.LocatedJson.JsonArray;
import dev.faultline.load.LocatedJson.JsonBoolean;
import dev.faultline.load.LocatedJson.JsonNull;
import dev.faultline.load.LocatedJson.JsonNumber;
import dev.faultline.load.LocatedJson.JsonObject;
import dev.faultline.load.LocatedJson.JsonString;
import dev.faultline.load.LocatedJson.Member;
import dev.faultline.load.LocatedJson.Position;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    static final long MAX_DOCUMENT_LENGTH = 16 * TextFileReader.MIB;

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

    private LocatedJsonReader(String file, Problems problems) {
        this.file = file;
        this.problems = problems;
    }

    /** Parses {@code json}, adding problems to {@code problems}; empty after a syntax error. */
    static Optional<LocatedJson> read(String file, String json, Problems problems) {
        return new LocatedJsonReader(file, problems).read(json);
    }

    /** The JSON path of a member of the value at {@code path}. */
    static String memberPath(String path, String name) {
        return SIMPLE_NAME.matcher(name).matches() ? path + "." + name
                : path + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    private Optional<LocatedJson> read(String json) {
        try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), json)) {
            try {
                JsonToken first = parser.nextToken();
                if (first == null) {
                    problems.add(Problem.fileError(file, "file is empty"));
                    return Optional.empty();
                }
                LocatedJson root = value(parser, first, "$");
                if (parser.nextToken() != null) {
                    Position at = position(parser.currentTokenLocation());
                    problems.add(Problem.error(file, at.line(), at.column(), "",
                            "JSON syntax error: more content after the end of the top-level value"));
                    return Optional.empty();
                }
                return Optional.of(root);
            } catch (JacksonException e) {
                TokenStreamLocation where = e.getLocation();
                Position at = where == null || where.getLineNr() < 1 ? position(parser.currentLocation())
                        : position(where);
                problems.add(Problem.error(file, at.line(), at.column(), "", "JSON syntax error: " + plain(e)));
                return Optional.empty();
            }
        } catch (JacksonException e) {
            problems.add(Problem.fileError(file, "cannot be parsed: " + plain(e)));
            return Optional.empty();
        }
    }

    private LocatedJson value(JsonParser parser, JsonToken token, String path) {
        Position at = position(parser.currentTokenLocation());
        return switch (token) {
            case START_OBJECT -> object(parser, at, path);
            case START_ARRAY -> array(parser, at, path);
            case VALUE_STRING -> new JsonString(at, parser.getString());
            case VALUE_NUMBER_INT -> new JsonNumber(at, parser.getString(), true);
            case VALUE_NUMBER_FLOAT -> new JsonNumber(at, parser.getString(), false);
            case VALUE_TRUE -> new JsonBoolean(at, true);
            case VALUE_FALSE -> new JsonBoolean(at, false);
            case VALUE_NULL -> new JsonNull(at);
            default -> throw new IllegalStateException("unexpected token " + token + " at " + at);
        };
    }

    private JsonObject object(JsonParser parser, Position at, String path) {
        Map<String, Member> members = new LinkedHashMap<>();
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            Position namePosition = position(parser.currentTokenLocation());
            String memberPath = memberPath(path, name);
            LocatedJson value = value(parser, parser.nextToken(), memberPath);
            Member earlier = members.putIfAbsent(name, new Member(name, namePosition, value));
            if (earlier != null) {
                problems.add(Problem.error(file, namePosition.line(), namePosition.column(), memberPath,
                        "duplicate field \"" + name + "\" (first at line " + earlier.namePosition().line()
                                + "); the first is used"));
            }
        }
        if (token != JsonToken.END_OBJECT) {
            throw new IllegalStateException("unexpected token " + token + " in object at " + at);
        }
        return new JsonObject(at, members);
    }

    private JsonArray array(JsonParser parser, Position at, String path) {
        List<LocatedJson> items = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            items.add(value(parser, token, path + "[" + items.size() + "]"));
        }
        return new JsonArray(at, items);
    }

    private static Position position(TokenStreamLocation location) {
        return new Position(Math.max(location.getLineNr(), 1), Math.max(location.getColumnNr(), 1));
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
