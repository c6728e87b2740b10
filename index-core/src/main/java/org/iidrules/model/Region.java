package org.iidrules.model;

import java.util.Set;

/** The regional government being assessed. */
public record Region(String code, String name, RegionKind kind, Set<Cluster> clusters) {
    public Region {
        clusters = Facts.sorted(clusters);
    }
}
