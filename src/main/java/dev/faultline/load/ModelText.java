package dev.faultline.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HexFormat;

/**
 * A model's JSON text, read from its start as often as the loader needs without ever being held whole: the loader
 * reads it once for everything but the events and once more streaming the events, one at a time. A model of a million
 * events is a 338 MB file and 676 MB as a Java string (it holds Chinese), which a 2 GB heap cannot hold beside the
 * model it describes.
 *
 * <p>A file is checked before it is parsed, in one streaming pass: within its size limit, strict UTF-8 (a bad byte is
 * reported with its line and column), and not blank. A leading byte-order mark is skipped, so columns count from the
 * first character after it, as for seeds ({@link TextFileReader}).
 */
abstract class ModelText {

    /** A file checked and ready to parse, or why it cannot be. */
    record Opened(ModelText text, TextFileReader.Failure failure) {
    }

    private final long length;

    private ModelText(long length) {
        this.length = length;
    }

    /** Its length in UTF-16 units after any byte-order mark (at least 1): how progress through it is told. */
    final long length() {
        return Math.max(1, length);
    }

    /** A new reader from the first character after any byte-order mark. */
    abstract Reader open() throws IOException;

    /** Text held in memory (tests, models that are not files). */
    static ModelText of(String json) {
        String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
        return new ModelText(text.length()) {
            @Override
            Reader open() {
                return new StringReader(text);
            }
        };
    }

    /** Checks {@code path} (at most {@code maxBytes}, UTF-8, not blank) and opens it for parsing. */
    static Opened of(Path path, long maxBytes) {
        try {
            if (!Files.exists(path)) {
                return failed("not found");
            }
            if (!Files.isRegularFile(path)) {
                return failed("is not a regular file");
            }
            long size = Files.size(path);
            if (size > maxBytes) {
                return new Opened(null, TextFileReader.tooLarge(size, maxBytes));
            }
            if (size == 0) {
                return failed("is empty");
            }
            Check check = new Check(maxBytes);
            try (ReadableByteChannel channel = Files.newByteChannel(path)) {
                TextFileReader.Failure failure = check.run(channel);
                if (failure != null) {
                    return new Opened(null, failure);
                }
            }
            return new Opened(new FileText(path, check.chars - (check.bom ? 1 : 0)), null);
        } catch (NoSuchFileException e) {
            return failed("not found");
        } catch (AccessDeniedException e) {
            return failed("cannot be read: permission denied");
        } catch (IOException | RuntimeException e) {
            return failed("cannot be read: " + TextFileReader.describe(e));
        }
    }

    private static Opened failed(String message) {
        return new Opened(null, new TextFileReader.Failure(message, 0, 0));
    }

    /** A checked file, decoded again (strictly) each time it is opened. */
    private static final class FileText extends ModelText {
        private final Path path;

        FileText(Path path, long length) {
            super(length);
            this.path = path;
        }

        @Override
        Reader open() throws IOException {
            InputStream in = Files.newInputStream(path);
            PushbackReader reader = new PushbackReader(new InputStreamReader(in, strictDecoder()), 1);
            int first = reader.read();
            if (first >= 0 && first != '\uFEFF') {
                reader.unread(first);
            }
            return reader;
        }
    }

    private static CharsetDecoder strictDecoder() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /**
     * One streaming pass over the bytes: UTF-8 strictly, counting characters and lines, looking for non-blank text.
     * The one check of UTF-8 in the loader: {@link TextFileReader} runs it over a seed's bytes too.
     */
    static final class Check {
        private final long maxBytes;
        private final CharsetDecoder decoder = strictDecoder();
        long chars;
        boolean bom;
        private boolean nonBlank;
        private int line = 1;
        private long lineStart;

        Check(long maxBytes) {
            this.maxBytes = maxBytes;
        }

        /** Null when the file is fine; otherwise why not. */
        TextFileReader.Failure run(ReadableByteChannel channel) throws IOException {
            ByteBuffer in = ByteBuffer.allocate(64 * 1024);
            CharBuffer out = CharBuffer.allocate(64 * 1024);
            long consumed = 0; // bytes decoded before the buffer's current contents
            long total = 0;
            boolean end = false;
            while (true) {
                int n = channel.read(in);
                if (n < 0) {
                    end = true;
                } else {
                    total += n;
                    if (total > maxBytes) { // the file grew after its size was checked
                        return TextFileReader.tooLarge(total, maxBytes);
                    }
                }
                in.flip();
                CoderResult result;
                do {
                    result = decoder.decode(in, out, end);
                    drain(out);
                } while (result.isOverflow());
                if (!result.isError() && end) {
                    do {
                        result = decoder.flush(out);
                        drain(out);
                    } while (result.isOverflow());
                }
                if (result.isError()) {
                    StringBuilder shown = new StringBuilder();
                    for (int i = in.position(); i < Math.min(in.limit(), in.position() + Math.max(1,
                            result.length())); i++) {
                        shown.append(shown.isEmpty() ? "" : " ").append("0x")
                                .append(HexFormat.of().withUpperCase().toHexDigits(in.get(i)));
                    }
                    return new TextFileReader.Failure("is not valid UTF-8: byte " + (consumed + in.position()) + " ("
                            + shown + ") does not form a character; save the file as UTF-8", line,
                            (int) Math.min(Integer.MAX_VALUE, chars - lineStart + 1));
                }
                consumed += in.position();
                in.compact();
                if (end) {
                    break;
                }
            }
            if (!nonBlank) {
                return new TextFileReader.Failure("is empty (only white space)", 0, 0);
            }
            return null;
        }

        private void drain(CharBuffer out) {
            out.flip();
            while (out.hasRemaining()) {
                char c = out.get();
                if (chars == 0 && c == '\uFEFF') {
                    bom = true;
                } else if (!nonBlank && !Character.isWhitespace(c)) {
                    nonBlank = true;
                }
                chars++;
                if (c == '\n') {
                    line++;
                    lineStart = chars;
                }
            }
            out.clear();
        }
    }
}
