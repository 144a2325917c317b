package dev.faultline.load;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The members of one JSON object, in file order, read-only, in three arrays (names, name positions packed as by
 * {@link LocatedJson.Position#pack}, values): a model of a million events has five million objects, and a
 * {@code LinkedHashMap} each, or a {@link LocatedJson.Member} and a {@link LocatedJson.Position} per member, cost a
 * third of the loader's heap. A {@code Member} is made when one is asked for. Objects of the format have at most a
 * dozen members, so a linear search by name is as fast as hashing.
 */
final class MemberMap extends AbstractMap<String, LocatedJson.Member> {

    private final String[] names;
    private final long[] nameAts;
    private final LocatedJson[] values;

    private MemberMap(String[] names, long[] nameAts, LocatedJson[] values) {
        this.names = names;
        this.nameAts = nameAts;
        this.values = values;
    }

    /** Collects members in order; a repeated name keeps the first. */
    static final class Builder {
        private String[] names = new String[4];
        private long[] nameAts = new long[4];
        private LocatedJson[] values = new LocatedJson[4];
        private int size;

        /**
         * Adds the member {@code name} (its name at {@code nameAt}, packed) unless the name is taken; returns the
         * member already there, or null.
         */
        LocatedJson.Member putIfAbsent(String name, long nameAt, LocatedJson value) {
            for (int i = 0; i < size; i++) {
                if (names[i].equals(name)) {
                    return member(names, nameAts, values, i);
                }
            }
            if (size == names.length) {
                names = Arrays.copyOf(names, size * 2);
                nameAts = Arrays.copyOf(nameAts, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            names[size] = name;
            nameAts[size] = nameAt;
            values[size++] = value;
            return null;
        }

        MemberMap build() {
            return new MemberMap(Arrays.copyOf(names, size), Arrays.copyOf(nameAts, size), Arrays.copyOf(values, size));
        }
    }

    private static LocatedJson.Member member(String[] names, long[] nameAts, LocatedJson[] values, int i) {
        return new LocatedJson.Member(names[i], LocatedJson.Position.unpack(nameAts[i]), values[i]);
    }

    @Override
    public LocatedJson.Member get(Object name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return member(names, nameAts, values, i);
            }
        }
        return null;
    }

    /** The name of the {@code i}th member, in file order. */
    String name(int i) {
        return names[i];
    }

    /** The {@code i}th member, in file order. */
    LocatedJson.Member member(int i) {
        return member(names, nameAts, values, i);
    }

    /** The value of member {@code name}, or null, without making a {@link LocatedJson.Member}. */
    LocatedJson value(String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return values[i];
            }
        }
        return null;
    }

    @Override
    public boolean containsKey(Object name) {
        for (String n : names) {
            if (n.equals(name)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int size() {
        return names.length;
    }

    @Override
    public Set<Entry<String, LocatedJson.Member>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, LocatedJson.Member>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < names.length;
                    }

                    @Override
                    public Entry<String, LocatedJson.Member> next() {
                        if (next >= names.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(names[i], member(names, nameAts, values, i));
                    }
                };
            }

            @Override
            public int size() {
                return names.length;
            }
        };
    }
}
