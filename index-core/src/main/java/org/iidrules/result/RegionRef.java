package org.iidrules.result;

/** The region a result is about. */
public record RegionRef(String code, String name, String kind) {
}
