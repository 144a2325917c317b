package dev.faultline.model;

import java.util.List;

/**
 * Someone the sources name: canonical names in English and Chinese, every alias form the sources use (in either
 * script), roles and faction memberships over time, and a short bio.
 */
public record Person(String id, LocalizedText name, List<String> aliases, LocalizedText bio, List<Role> roles,
        List<FactionMembership> factions) {

    public Person {
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
        factions = List.copyOf(factions);
    }

    /** The faction a person is drawn in: their first listed membership, if any. */
    public java.util.Optional<String> primaryFactionId() {
        return factions.stream().map(FactionMembership::factionId).findFirst();
    }
}
