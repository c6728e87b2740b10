package org.iidrules.model;

/** The form of the innovation, PP 38/2017 Ps 3. */
public enum Bentuk {
    TATA_KELOLA, PELAYANAN_PUBLIK, LAINNYA
}
