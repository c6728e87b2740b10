package org.iidrules.model;

/**
 * Government affairs (urusan pemerintahan) of UU 23/2014 Ps 12, plus the supporting functions
 * (penunjang) that many innovations are filed under.
 */
public enum Urusan {
    // Urusan wajib pelayanan dasar (UU 23/2014 Ps 12(1)): the six basic-service affairs.
    PENDIDIKAN("Pendidikan", true),
    KESEHATAN("Kesehatan", true),
    PEKERJAAN_UMUM_DAN_PENATAAN_RUANG("Pekerjaan Umum dan Penataan Ruang", true),
    PERUMAHAN_RAKYAT_DAN_KAWASAN_PERMUKIMAN("Perumahan Rakyat dan Kawasan Permukiman", true),
    KETENTERAMAN_KETERTIBAN_UMUM_DAN_PERLINDUNGAN_MASYARAKAT(
            "Ketenteraman, Ketertiban Umum dan Perlindungan Masyarakat", true),
    SOSIAL("Sosial", true),
    // Urusan wajib non-pelayanan dasar (Ps 12(2)).
    TENAGA_KERJA("Tenaga Kerja", false),
    PEMBERDAYAAN_PEREMPUAN_DAN_PERLINDUNGAN_ANAK("Pemberdayaan Perempuan dan Perlindungan Anak", false),
    PANGAN("Pangan", false),
    PERTANAHAN("Pertanahan", false),
    LINGKUNGAN_HIDUP("Lingkungan Hidup", false),
    ADMINISTRASI_KEPENDUDUKAN_DAN_PENCATATAN_SIPIL("Administrasi Kependudukan dan Pencatatan Sipil", false),
    PEMBERDAYAAN_MASYARAKAT_DAN_DESA("Pemberdayaan Masyarakat dan Desa", false),
    PENGENDALIAN_PENDUDUK_DAN_KELUARGA_BERENCANA("Pengendalian Penduduk dan Keluarga Berencana", false),
    PERHUBUNGAN("Perhubungan", false),
    KOMUNIKASI_DAN_INFORMATIKA("Komunikasi dan Informatika", false),
    KOPERASI_USAHA_KECIL_DAN_MENENGAH("Koperasi, Usaha Kecil dan Menengah", false),
    PENANAMAN_MODAL("Penanaman Modal", false),
    KEPEMUDAAN_DAN_OLAHRAGA("Kepemudaan dan Olahraga", false),
    STATISTIK("Statistik", false),
    PERSANDIAN("Persandian", false),
    KEBUDAYAAN("Kebudayaan", false),
    PERPUSTAKAAN("Perpustakaan", false),
    KEARSIPAN("Kearsipan", false),
    // Urusan pilihan (Ps 12(3)).
    KELAUTAN_DAN_PERIKANAN("Kelautan dan Perikanan", false),
    PARIWISATA("Pariwisata", false),
    PERTANIAN("Pertanian", false),
    KEHUTANAN("Kehutanan", false),
    ENERGI_DAN_SUMBER_DAYA_MINERAL("Energi dan Sumber Daya Mineral", false),
    PERDAGANGAN("Perdagangan", false),
    PERINDUSTRIAN("Perindustrian", false),
    TRANSMIGRASI("Transmigrasi", false),
    // Supporting functions (unsur penunjang), not urusan in the strict sense.
    PERENCANAAN("Perencanaan", false),
    KEUANGAN("Keuangan", false),
    KEPEGAWAIAN("Kepegawaian", false),
    PENELITIAN_DAN_PENGEMBANGAN("Penelitian dan Pengembangan", false),
    PENGAWASAN("Pengawasan", false),
    LAINNYA("Lainnya", false);

    private final String label;
    private final boolean basicService;

    Urusan(String label, boolean basicService) {
        this.label = label;
        this.basicService = basicService;
    }

    /** The name as the ministry writes it. */
    public String label() {
        return label;
    }

    /** True for the six urusan wajib pelayanan dasar (UU 23/2014 Ps 12(1)). */
    public boolean isBasicService() {
        return basicService;
    }
}
