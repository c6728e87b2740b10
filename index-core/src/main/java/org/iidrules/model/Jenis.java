package org.iidrules.model;

/** Whether the innovation is digital. */
public enum Jenis {
    DIGITAL, NON_DIGITAL
}
