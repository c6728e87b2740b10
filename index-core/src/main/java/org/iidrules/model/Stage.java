package org.iidrules.model;

/** An innovation's stage (tahapan), PP 38/2017. */
public enum Stage {
    INISIATIF, UJI_COBA, PENERAPAN
}
