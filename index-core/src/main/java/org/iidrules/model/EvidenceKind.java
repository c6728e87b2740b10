package org.iidrules.model;

/** The form a piece of evidence takes. */
public enum EvidenceKind {
    DOCUMENT, PHOTO, SCREENSHOT, LINK, VIDEO, OTHER
}
