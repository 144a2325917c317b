package dev.faultline.load;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;

/**
 * Parses the streamed events on a thread of its own while the calling thread reads them, handing them over in small
 * batches through a bounded queue: parsing an event's JSON and reading it into the model cost about the same, and on
 * two cores doing both at once cuts a million-event load by about a third. At most {@value #QUEUED} batches wait, so
 * the parser never runs far ahead of the reader and memory stays bounded.
 *
 * <p>The parser is given the visitor the batches are filled through; whatever it throws is rethrown on the reading
 * thread, and whatever stops the reader (a cancelled load) stops the parser too.
 */
final class EventPipeline {

    /** What parses: hands each item to the visitor it is given, in order. */
    @FunctionalInterface
    interface Parser {
        boolean parse(LocatedJsonReader.ItemVisitor visitor);
    }

    private static final int BATCH = 256;
    private static final int QUEUED = 8;

    private record Item(LocatedJson node, int index) {
    }

    /** A batch, or the end (with the parser's answer, or what it threw). */
    private record Batch(List<Item> items, boolean end, boolean parsed, Throwable failure) {
    }

    private EventPipeline() {
    }

    /** Runs {@code parser} on its own thread, handing its items to {@code visitor} on this one; the parser's answer. */
    static boolean run(Parser parser, LocatedJsonReader.ItemVisitor visitor) {
        BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(QUEUED);
        Thread thread = new Thread(() -> {
            List<Item>[] batch = new List[] {new ArrayList<>(BATCH)};
            Batch end;
            try {
                boolean parsed = parser.parse((node, index) -> {
                    batch[0].add(new Item(node, index));
                    if (batch[0].size() == BATCH) {
                        put(queue, new Batch(batch[0], false, false, null));
                        batch[0] = new ArrayList<>(BATCH);
                    }
                });
                put(queue, new Batch(batch[0], false, false, null));
                end = new Batch(List.of(), true, parsed, null);
            } catch (Stopped e) {
                return; // the reader has gone
            } catch (RuntimeException | Error e) {
                end = new Batch(List.of(), true, false, e);
            }
            try {
                put(queue, end);
            } catch (Stopped e) {
                // the reader has gone
            }
        }, "faultline-event-parser");
        thread.setDaemon(true);
        thread.start();
        try {
            while (true) {
                Batch batch = queue.take();
                for (Item item : batch.items()) {
                    visitor.visit(item.node(), item.index());
                }
                if (batch.end()) {
                    if (batch.failure() instanceof RuntimeException e) {
                        throw e;
                    }
                    if (batch.failure() instanceof Error e) {
                        throw e;
                    }
                    return batch.parsed();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while reading the events");
        } finally {
            thread.interrupt(); // stops the parser if the reader stopped early; harmless once it has ended
        }
    }

    /** Thrown in the parser when the reader has stopped. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    private static void put(BlockingQueue<Batch> queue, Batch batch) {
        try {
            while (!queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new Stopped();
                }
            }
        } catch (InterruptedException e) {
            throw new Stopped();
        }
    }
}
