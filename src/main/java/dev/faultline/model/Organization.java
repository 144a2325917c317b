package dev.faultline.model;

import java.util.List;

/** A company, board, lab or outlet named in the sources, with the name forms the sources use. */
public record Organization(String id, LocalizedText name, List<String> aliases, OrganizationKind kind,
        LocalizedText description) {

    public Organization {
        aliases = List.copyOf(aliases);
    }
}
