package org.iidrules.model;

/** The three kinds of regional government (pemda). */
public enum RegionKind {
    PROVINSI, KABUPATEN, KOTA
}
