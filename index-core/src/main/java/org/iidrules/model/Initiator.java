package org.iidrules.model;

/** Who proposed the innovation (inisiator), PP 38/2017 Ps 6. */
public enum Initiator {
    KEPALA_DAERAH, ANGGOTA_DPRD, ASN, PERANGKAT_DAERAH, MASYARAKAT
}
