package dev.faultline.model;

/** What sort of body an organisation is. */
public enum OrganizationKind {
    COMPANY, NONPROFIT, BOARD, LAB, INVESTOR, MEDIA, OTHER
}
