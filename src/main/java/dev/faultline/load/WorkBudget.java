package dev.faultline.load;

/**
 * A cap on the optional work of one load: the "did you mean" suggestions and the nearest-passage hints that make a
 * problem easier to fix but are not needed to find it. Each costs up to quote × text steps, so a crafted file of many
 * near misses could keep the loader busy for hours; once the budget is spent (in steps or in wall-clock time) the rest
 * of the problems are still reported, only without the extra. Not thread-safe: one per load.
 */
final class WorkBudget {

    /** Steps allowed per load: about two seconds of edit-distance cells on a slow core. */
    static final long DEFAULT_STEPS = 1_500_000_000L;
    /** Time allowed per load for the extras, in nanoseconds. */
    static final long DEFAULT_NANOS = 3_000_000_000L;

    private final long deadline;
    private long steps;
    private boolean spent;

    WorkBudget(long steps, long nanos) {
        this.steps = steps;
        this.deadline = System.nanoTime() + nanos;
    }

    static WorkBudget standard() {
        return new WorkBudget(DEFAULT_STEPS, DEFAULT_NANOS);
    }

    /** Takes {@code cost} steps if the budget still has them and time remains; false (for good) otherwise. */
    boolean spend(long cost) {
        if (spent || cost > steps || System.nanoTime() > deadline) {
            spent = true;
            return false;
        }
        steps -= cost;
        return true;
    }

    /** True once an extra has been refused. */
    boolean exhausted() {
        return spent;
    }
}
