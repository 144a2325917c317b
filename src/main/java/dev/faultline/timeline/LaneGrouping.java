package dev.faultline.timeline;

/** How events are split into swimlanes. */
public enum LaneGrouping {
    /** One lane per faction, by the event's first faction; events with none share an "other" lane. */
    BY_FACTION,
    /** One lane per person; an event shows in the lane of each person it names. */
    BY_PERSON,
    /** Every event in one band. */
    COMPACT
}
