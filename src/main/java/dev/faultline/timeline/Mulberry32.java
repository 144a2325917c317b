package dev.faultline.timeline;

/**
 * The mulberry32 generator in 32-bit int arithmetic, so that Java's overflowing {@code int} multiply gives exactly
 * JavaScript's {@code Math.imul}: the same seed draws the same numbers in both.
 */
public final class Mulberry32 {

    private int a;

    public Mulberry32(int seed) {
        this.a = seed;
    }

    /** The next number in [0, 1). */
    public double next() {
        a += 0x6D2B79F5;
        int t = (a ^ (a >>> 15)) * (1 | a);
        t = (t + ((t ^ (t >>> 7)) * (61 | t))) ^ t;
        return Integer.toUnsignedLong(t ^ (t >>> 14)) / 4294967296.0;
    }
}
