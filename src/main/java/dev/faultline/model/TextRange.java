package dev.faultline.model;

/** A half-open range {@code [start, end)} of UTF-16 character offsets into a source's text. */
public record TextRange(int start, int end) implements Comparable<TextRange> {

    public TextRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    public boolean overlaps(TextRange other) {
        return start < other.end && other.start < end;
    }

    @Override
    public int compareTo(TextRange other) {
        int c = Integer.compare(start, other.start);
        return c != 0 ? c : Integer.compare(end, other.end);
    }
}
