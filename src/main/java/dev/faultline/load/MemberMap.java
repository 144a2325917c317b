package dev.faultline.load;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The members of one JSON object, in file order, read-only, in two arrays: a model of a million events has five million
 * objects, and a {@code LinkedHashMap} each (table, entries and a read-only view) cost a third of the loader's heap.
 * Objects of the format have at most a dozen members, so a linear search by name is as fast as hashing.
 */
final class MemberMap extends AbstractMap<String, LocatedJson.Member> {

    private final String[] names;
    private final LocatedJson.Member[] members;

    private MemberMap(String[] names, LocatedJson.Member[] members) {
        this.names = names;
        this.members = members;
    }

    /** Collects members in order; a repeated name keeps the first. */
    static final class Builder {
        private String[] names = new String[4];
        private LocatedJson.Member[] members = new LocatedJson.Member[4];
        private int size;

        /** Adds {@code member} unless its name is taken; returns the member already there, or null. */
        LocatedJson.Member putIfAbsent(LocatedJson.Member member) {
            for (int i = 0; i < size; i++) {
                if (names[i].equals(member.name())) {
                    return members[i];
                }
            }
            if (size == names.length) {
                names = Arrays.copyOf(names, size * 2);
                members = Arrays.copyOf(members, size * 2);
            }
            names[size] = member.name();
            members[size++] = member;
            return null;
        }

        MemberMap build() {
            return new MemberMap(Arrays.copyOf(names, size), Arrays.copyOf(members, size));
        }
    }

    @Override
    public LocatedJson.Member get(Object name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return members[i];
            }
        }
        return null;
    }

    @Override
    public boolean containsKey(Object name) {
        return get(name) != null;
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
                        return new SimpleImmutableEntry<>(names[i], members[i]);
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
