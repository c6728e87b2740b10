package org.iidrules.model;

/** Cluster flags the ministry uses to group regions; recorded, not scored by any current rule set. */
public enum Cluster {
    DAERAH_TERTINGGAL, PERBATASAN, KEPULAUAN
}
