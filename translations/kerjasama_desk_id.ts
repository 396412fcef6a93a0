<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Version</source>
        <translation>Versi</translation>
    </message>
    <message>
        <source>Built from commit</source>
        <translation>Dibangun dari commit</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Folder data</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>in memory</source>
        <translation>di memori</translation>
    </message>
    <message>
        <source>Program folder</source>
        <translation>Folder program</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistem</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Tersalin</translation>
    </message>
    <message>
        <source>About Kerjasama Desk</source>
        <translation>Tentang Kerjasama Desk</translation>
    </message>
    <message>
        <source>Kerjasama Desk {version}: the register, drafting and follow-up of a region's cooperation with foreign local governments. Works offline; your register stays on this computer. When you ask for help, copy these details into your message.</source>
        <translation>Kerjasama Desk {version}: register, penyusunan naskah, dan tindak lanjut kerja sama daerah dengan pemerintah daerah di luar negeri. Bekerja tanpa internet; register Anda tetap di komputer ini. Bila meminta bantuan, salin rincian ini ke dalam pesan Anda.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
</context>
<context>
    <name>ActivitiesEditor</name>
    <message>
        <source>Field</source>
        <translation>Bidang</translation>
    </message>
    <message>
        <source>Activity (Indonesian)</source>
        <translation>Kegiatan (Indonesia)</translation>
    </message>
    <message>
        <source>Activity (English)</source>
        <translation>Kegiatan (Inggris)</translation>
    </message>
    <message>
        <source>Our office (Indonesian)</source>
        <translation>Perangkat daerah kita (Indonesia)</translation>
    </message>
    <message>
        <source>Our office (English)</source>
        <translation>Perangkat daerah kita (Inggris)</translation>
    </message>
    <message>
        <source>Partner's office (Indonesian)</source>
        <translation>Kantor mitra (Indonesia)</translation>
    </message>
    <message>
        <source>Partner's office (English)</source>
        <translation>Kantor mitra (Inggris)</translation>
    </message>
    <message>
        <source>When (Indonesian)</source>
        <translation>Waktu (Indonesia)</translation>
    </message>
    <message>
        <source>When (English)</source>
        <translation>Waktu (Inggris)</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Pembiayaan</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Batas waktu</translation>
    </message>
    <message>
        <source>Add an activity</source>
        <translation>Tambah kegiatan</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
</context>
<context>
    <name>ActivityEditor</name>
    <message>
        <source>Log an activity</source>
        <translation>Catat kegiatan</translation>
    </message>
    <message>
        <source>Under “%1”. A logged activity is the agreement's latest sign of life: the dashboard counts dormancy from it.</source>
        <translation>Di bawah “%1”. Kegiatan yang dicatat adalah tanda hidup terakhir perjanjian: dasbor menghitung lamanya tidak aktif sejak tanggal itu.</translation>
    </message>
    <message>
        <source>(not one field)</source>
        <translation>(bukan satu bidang)</translation>
    </message>
    <message>
        <source>(none; attach the minutes or photos to the agreement first)</source>
        <translation>(tidak ada; lampirkan dulu notula atau foto pada perjanjian)</translation>
    </message>
</context>
<context>
    <name>AgreementDraftsBox</name>
    <message>
        <source>Document</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versi</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Disimpan</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Perjanjian</translation>
    </message>
    <message>
        <source>Open in the wizard</source>
        <translation>Buka di wizard</translation>
    </message>
    <message>
        <source>New document…</source>
        <translation>Dokumen baru…</translation>
    </message>
</context>
<context>
    <name>AgreementEditor</name>
    <message>
        <source>— none —</source>
        <translation>— tidak ada —</translation>
    </message>
    <message>
        <source>New agreement</source>
        <translation>Perjanjian baru</translation>
    </message>
    <message>
        <source>Agreement: {title}</source>
        <translation>Perjanjian: {title}</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Komitmen</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Berkas lampiran</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Daftar periksa</translation>
    </message>
    <message>
        <source>Trips</source>
        <translation>Perjalanan dinas</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>Other field (Indonesian)</source>
        <translation>Bidang lain (bahasa Indonesia)</translation>
    </message>
    <message>
        <source>Other field (English)</source>
        <translation>Bidang lain (bahasa Inggris)</translation>
    </message>
    <message>
        <source>Add another field</source>
        <translation>Tambah bidang lain</translation>
    </message>
    <message>
        <source>No expiry date (open-ended)</source>
        <translation>Tanpa tanggal berakhir (tidak terbatas)</translation>
    </message>
    <message>
        <source>Type part of the partner's name…</source>
        <translation>Ketik sebagian nama mitra…</translation>
    </message>
    <message>
        <source>e.g. Memorandum Saling Pengertian tentang …</source>
        <translation>mis. Memorandum Saling Pengertian tentang …</translation>
    </message>
    <message>
        <source>e.g. Memorandum of Understanding on …</source>
        <translation>mis. Memorandum of Understanding on …</translation>
    </message>
</context>
<context>
    <name>AgreementsPage</name>
    <message>
        <source>All stages</source>
        <translation>Semua tahap</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Semua jenis</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Semua negara</translation>
    </message>
    <message>
        <source>All officers</source>
        <translation>Semua petugas</translation>
    </message>
    <message numerus="yes">
        <source>%Ln agreement(s)</source>
        <translation>
            <numerusform>%Ln perjanjian</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>New document for this agreement…</source>
        <translation>Dokumen baru untuk perjanjian ini…</translation>
    </message>
    <message numerus="yes">
        <source>Export %n agreement(s) to a file (.kdx)…</source>
        <translation>
            <numerusform>Ekspor %n perjanjian ke berkas (.kdx)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Perjanjian</translation>
    </message>
</context>
<context>
    <name>AnnexesEditor</name>
    <message>
        <source>Annex a draft…</source>
        <translation>Lampirkan draf…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Naikkan</translation>
    </message>
    <message>
        <source>Annexes</source>
        <translation>Lampiran</translation>
    </message>
    <message>
        <source>No draft can be annexed: save the plan of action (or the other document) as a draft of this partner first. Letters are not annexed.</source>
        <translation>Belum ada draf yang dapat dilampirkan: simpan dahulu rencana aksi (atau dokumen lain) sebagai draf mitra ini. Surat tidak dilampirkan.</translation>
    </message>
    <message>
        <source>Which draft?</source>
        <translation>Draf yang mana?</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot open the register</source>
        <translation>Register tidak dapat dibuka</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>Pulihkan cadangan…</translation>
    </message>
    <message>
        <source>Open another register…</source>
        <translation>Buka register lain…</translation>
    </message>
    <message>
        <source>The register is already open</source>
        <translation>Register sudah terbuka</translation>
    </message>
    <message>
        <source>%1 is open in another Kerjasama Desk (process %2). Use that window, or open another register.</source>
        <translation>%1 sedang dibuka di Kerjasama Desk lain (proses %2). Gunakan jendela itu, atau buka register lain.</translation>
    </message>
    <message>
        <source>Updating the register</source>
        <translation>Memperbarui register</translation>
    </message>
    <message>
        <source>%1 was made by an older version of Kerjasama Desk. It is backed up, then updated for this version…</source>
        <translation>%1 dibuat oleh versi Kerjasama Desk yang lebih lama. Register dicadangkan dahulu, lalu diperbarui untuk versi ini…</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Buka hanya-baca</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Pulihkan cadangan</translation>
    </message>
    <message>
        <source>Register backups (*.sqlite)</source>
        <translation>Cadangan register (*.sqlite)</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Tidak dapat memulihkan</translation>
    </message>
    <message>
        <source>Open register</source>
        <translation>Buka register</translation>
    </message>
    <message>
        <source>Kerjasama Desk registers (*.sqlite *.db);;All files (*)</source>
        <translation>Register Kerjasama Desk (*.sqlite *.db);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Pulihkan dari cadangan</translation>
    </message>
    <message>
        <source>Replace the register with the backup %1? The register as it is now is backed up first.</source>
        <translation>Ganti register dengan cadangan %1? Register seperti sekarang dicadangkan lebih dahulu.</translation>
    </message>
    <message>
        <source>A backup of another register</source>
        <translation>Cadangan register lain</translation>
    </message>
    <message>
        <source>%1 is not a backup of %2: it is of another register, or was made by an older version that does not say which. Restoring it replaces all the records of %2 with that register's (the register as it is now is backed up first). Restore it anyway?</source>
        <translation>%1 bukan cadangan %2: berkas itu cadangan register lain, atau dibuat oleh versi lama yang tidak menyebut register mana. Memulihkannya mengganti semua catatan %2 dengan catatan register itu (register dalam keadaan sekarang dicadangkan lebih dahulu). Tetap pulihkan?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>AttachmentsBox</name>
    <message>
        <source>Attach files</source>
        <translation>Lampirkan berkas</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx *.odt *.txt);;All files (*)</source>
        <translation>Dokumen (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx *.odt *.txt);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation>Tidak dilampirkan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>No program on this computer opens this kind of file. A copy is at:
%1</source>
        <translation>Tidak ada program di komputer ini yang dapat membuka jenis berkas ini. Salinannya ada di:
%1</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Simpan salinan</translation>
    </message>
    <message>
        <source>Describe the file</source>
        <translation>Keterangan berkas</translation>
    </message>
    <message>
        <source>What is “%1”? (e.g. signed original, DPRD approval letter)</source>
        <translation>Berkas apakah “%1”? (mis. naskah asli bertanda tangan, surat persetujuan DPRD)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Remove “%1” from this agreement? The file stays in the data folder, so a backup that lists it can still show it.</source>
        <translation>Hapus “%1” dari perjanjian ini? Berkasnya tetap tersimpan di folder data, sehingga cadangan yang mencantumkannya masih dapat menampilkannya.</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Lampiran</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Berkas lampiran</translation>
    </message>
    <message>
        <source>Save the agreement first; then files can be attached.</source>
        <translation>Simpan perjanjian dulu; sesudah itu berkas dapat dilampirkan.</translation>
    </message>
    <message>
        <source>Signed originals, DPRD letters, ministry replies. Drop files here or use Add; each is kept at once in the data folder, under its fingerprint (SHA-256).</source>
        <translation>Naskah asli bertanda tangan, surat DPRD, jawaban kementerian. Seret berkas ke sini atau pakai Tambah; setiap berkas langsung disimpan di folder data dengan sidik jarinya (SHA-256).</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ditambahkan</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Tambah…</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Simpan salinan…</translation>
    </message>
    <message>
        <source>Describe…</source>
        <translation>Keterangan…</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Backing up the register… %1%</source>
        <translation>Mencadangkan register… %1%</translation>
    </message>
    <message>
        <source>Checking the backup of the register…</source>
        <translation>Memeriksa cadangan register…</translation>
    </message>
    <message>
        <source>The register is backed up and checked: %1</source>
        <translation>Register telah dicadangkan dan diperiksa: %1</translation>
    </message>
    <message>
        <source>The daily backup failed: %1. It is tried again at the next start.</source>
        <translation>Pencadangan harian gagal: %1. Akan dicoba lagi saat aplikasi dibuka berikutnya.</translation>
    </message>
    <message>
        <source>The register is damaged</source>
        <translation>Register rusak</translation>
    </message>
    <message>
        <source>The register failed SQLite's integrity check (%1). Work saved from now on may be lost. Restore the latest backup, then enter again what was done since.</source>
        <translation>Register tidak lolos pemeriksaan integritas SQLite (%1). Pekerjaan yang disimpan mulai sekarang bisa hilang. Pulihkan cadangan terakhir, lalu masukkan lagi apa yang dikerjakan sejak itu.</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>Pulihkan cadangan…</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Pencadangan gagal</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Sudah dicadangkan</translation>
    </message>
    <message>
        <source>The register is backed up and checked:
%1</source>
        <translation>Register sudah dicadangkan dan diperiksa:
%1</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Pulihkan dari cadangan</translation>
    </message>
    <message>
        <source>Register backups (*.sqlite)</source>
        <translation>Cadangan register (*.sqlite)</translation>
    </message>
    <message>
        <source>Checking %1 and restoring it…</source>
        <translation>Memeriksa %1 dan memulihkannya…</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Tidak dapat memulihkan</translation>
    </message>
    <message>
        <source>The register was not restored; it is as it was.</source>
        <translation>Register tidak dipulihkan; register tetap seperti semula.</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Sudah dipulihkan</translation>
    </message>
    <message>
        <source>The register is restored. The register as it was is kept in %1.</source>
        <translation>Register sudah dipulihkan. Register sebelumnya disimpan di %1.</translation>
    </message>
</context>
<context>
    <name>BilingualEditor</name>
    <message>
        <source>in Indonesian</source>
        <translation>dalam bahasa Indonesia</translation>
    </message>
    <message>
        <source>in English</source>
        <translation>dalam bahasa Inggris</translation>
    </message>
    <message>
        <source>Ctrl+Space or Down: passages translated before that begin like this one</source>
        <translation>Ctrl+Spasi atau Panah Bawah: naskah yang pernah diterjemahkan dan berawal seperti ini</translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <source>Passed without this on record</source>
        <translation>Dilewati tanpa tercatat</translation>
    </message>
    <message>
        <source>(no file)</source>
        <translation>(tanpa berkas)</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Daftar periksa</translation>
    </message>
    <message>
        <source>What must be on record before the agreement moves past each stage of the pipeline. Ticks and numbers are kept at once. * only where it applies.</source>
        <translation>Apa yang harus tercatat sebelum perjanjian melewati setiap tahap. Centang dan nomor langsung tersimpan. * hanya bila berlaku.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Butir</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
</context>
<context>
    <name>CoatOfArms</name>
    <message>
        <source>Coat of arms</source>
        <translation>Lambang daerah</translation>
    </message>
    <message>
        <source>PNG or JPEG pictures (*.png *.jpg *.jpeg)</source>
        <translation>Gambar PNG atau JPEG (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>Nama asli</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Penduduk</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Perjanjian</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Terakhir diubah</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>tidak terbatas</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Mitra</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Ditandatangani</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Berakhir</translation>
    </message>
    <message>
        <source>Responsible officer</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>CommitmentEditor</name>
    <message>
        <source>New commitment</source>
        <translation>Komitmen baru</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Komitmen</translation>
    </message>
    <message>
        <source>Under “%1”. Open commitments past their due date are listed on the dashboard until they are done or dropped.</source>
        <translation>Di bawah “%1”. Komitmen terbuka yang lewat tenggat tampil di dasbor sampai selesai atau dibatalkan.</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— pilih —</translation>
    </message>
    <message>
        <source>(not one field)</source>
        <translation>(bukan satu bidang)</translation>
    </message>
    <message>
        <source>e.g. Joint working group meeting in Beihai; student exchange of 10 pupils</source>
        <translation>mis. Sidang kelompok kerja bersama di Beihai; pertukaran 10 pelajar</translation>
    </message>
    <message>
        <source>Minutes, letter numbers, photos attached to the agreement; or why it was dropped</source>
        <translation>Notula, nomor surat, foto yang dilampirkan pada perjanjian; atau alasan dibatalkan</translation>
    </message>
</context>
<context>
    <name>CommitmentsBox</name>
    <message>
        <source>Overdue since %1</source>
        <translation>Lewat tenggat sejak %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Remove this commitment for good? To keep it in the history, mark it dropped instead (Edit… → Status) and say why.</source>
        <translation>Hapus komitmen ini untuk selamanya? Agar tetap tercatat dalam riwayat, tandai sebagai dibatalkan (Ubah… → Status) dan tulis alasannya.</translation>
    </message>
    <message>
        <source>Annual cycle</source>
        <translation>Siklus tahunan</translation>
    </message>
    <message>
        <source>The annual cycle runs from the signing date. Enter the date the agreement was signed (and save it) first.</source>
        <translation>Siklus tahunan dihitung dari tanggal penandatanganan. Isi dulu tanggal perjanjian ditandatangani (dan simpan).</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Komitmen</translation>
    </message>
    <message>
        <source>Save the agreement first; then commitments can be added.</source>
        <translation>Simpan perjanjian terlebih dahulu; setelah itu komitmen dapat ditambahkan.</translation>
    </message>
    <message>
        <source>What was promised, who sees it through and by when. Overdue ones are red and are listed on the dashboard.</source>
        <translation>Apa yang dijanjikan, siapa yang menuntaskan, dan kapan. Yang lewat tenggat berwarna merah dan tampil di dasbor.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Apa</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Tambah…</translation>
    </message>
    <message>
        <source>Annual cycle…</source>
        <translation>Siklus tahunan…</translation>
    </message>
    <message>
        <source>Plan of action, joint working group meeting and annual report for each year, and a first programme in each cooperation field, counted from the signing date</source>
        <translation>Rencana aksi, sidang kelompok kerja bersama dan laporan tahunan untuk setiap tahun, serta program pertama di setiap bidang kerja sama, dihitung dari tanggal penandatanganan</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <source>Mark done…</source>
        <translation>Tandai selesai…</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Tandai selesai</translation>
    </message>
    <message>
        <source>What shows it was done? (minutes, a letter number, the file attached to the agreement; optional)</source>
        <translation>Apa buktinya sudah dilaksanakan? (notula, nomor surat, berkas yang dilampirkan pada perjanjian; boleh kosong)</translation>
    </message>
    <message>
        <source>Not marked done</source>
        <translation>Tidak ditandai selesai</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare versions</source>
        <translation>Bandingkan versi</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versi</translation>
    </message>
    <message>
        <source>with version</source>
        <translation>dengan versi</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ditambahkan</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>dihapus</translation>
    </message>
    <message>
        <source>The two versions make the same document.</source>
        <translation>Kedua versi menghasilkan dokumen yang sama.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Para Pihak</translation>
    </message>
    <message>
        <source>Recitals</source>
        <translation>Konsiderans</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Penutup</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Tanda tangan</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>(no officer)</source>
        <translation>(tanpa petugas)</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (sudah berakhir)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Log activity…</source>
        <translation>Catat kegiatan…</translation>
    </message>
    <message>
        <source>Mark done…</source>
        <translation>Tandai selesai…</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Lewat tenggat sejak %1</translation>
    </message>
    <message>
        <source>%1 was transferred: hand this over to a successor</source>
        <translation>%1 telah dimutasi: serahkan ini kepada penggantinya</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Linimasa</translation>
    </message>
    <message>
        <source>Timeline: %1</source>
        <translation>Linimasa: %1</translation>
    </message>
    <message>
        <source>Overview: what needs follow-up</source>
        <translation>Ikhtisar: yang perlu ditindaklanjuti</translation>
    </message>
    <message>
        <source>agreements gone quiet</source>
        <translation>perjanjian tidak aktif</translation>
    </message>
    <message>
        <source>expiring or expired</source>
        <translation>akan atau sudah berakhir</translation>
    </message>
    <message>
        <source>agreements in the register</source>
        <translation>perjanjian dalam register</translation>
    </message>
    <message numerus="yes">
        <source>Signed agreements with no activity for %n month(s) or more, the quietest first. Log what happened, or open the agreement to plan its next step.</source>
        <translation>
            <numerusform>Perjanjian yang sudah ditandatangani dan tidak aktif selama %n bulan atau lebih, yang paling lama tidak aktif lebih dulu. Catat apa yang terjadi, atau buka perjanjiannya untuk merencanakan langkah berikutnya.</numerusform>
        </translation>
    </message>
    <message>
        <source>No activity or signing day on record</source>
        <translation>Tidak ada kegiatan maupun tanggal penandatanganan yang tercatat</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>tidak tercatat</translation>
    </message>
    <message numerus="yes">
        <source>Nothing falls due in the next %n day(s).</source>
        <translation>
            <numerusform>Tidak ada yang jatuh tempo dalam %n hari ke depan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next %n day(s): commitments due %1 · notice deadlines %2 · expiries %3</source>
        <translation>
            <numerusform>%n hari ke depan: komitmen jatuh tempo %1 · batas pemberitahuan %2 · berakhir %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Agreements expiring within %n month(s), or already expired: renew them or record their end.</source>
        <translation>
            <numerusform>Perjanjian yang berakhir dalam %n bulan, atau sudah berakhir: perpanjang atau catat pengakhirannya.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last day to give written notice (%n month(s) before expiry) falls within the warning period: decide now between renewal and ending.</source>
        <translation>
            <numerusform>Batas akhir pemberitahuan tertulis (%n bulan sebelum berakhir) jatuh dalam masa peringatan: putuskan sekarang antara perpanjangan dan pengakhiran.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open commitments past their due date, the oldest first. Mark them done with their evidence, or open the agreement to reschedule or drop them.</source>
        <translation>Komitmen terbuka yang lewat tenggat, yang paling lama lebih dulu. Tandai selesai beserta buktinya, atau buka perjanjiannya untuk menjadwal ulang atau membatalkannya.</translation>
    </message>
    <message>
        <source>Gone quiet</source>
        <translation>Tidak aktif</translation>
    </message>
    <message>
        <source>Overdue commitments</source>
        <translation>Komitmen lewat tenggat</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Akan berakhir</translation>
    </message>
    <message>
        <source>Notice deadlines</source>
        <translation>Batas pemberitahuan</translation>
    </message>
    <message>
        <source>commitments overdue</source>
        <translation>komitmen lewat tenggat</translation>
    </message>
    <message>
        <source>notice deadlines ahead</source>
        <translation>batas pemberitahuan mendatang</translation>
    </message>
    <message>
        <source>drafts and letters</source>
        <translation>draf dan surat</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Mitra</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Perjanjian</translation>
    </message>
    <message>
        <source>Quiet since</source>
        <translation>Tidak aktif sejak</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Berakhir</translation>
    </message>
    <message>
        <source>Notice by</source>
        <translation>Beri tahu paling lambat</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Komitmen</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <source>Agreements per stage of the pipeline</source>
        <translation>Perjanjian per tahap</translation>
    </message>
    <message>
        <source>Agreements per responsible officer</source>
        <translation>Perjanjian per petugas penanggung jawab</translation>
    </message>
</context>
<context>
    <name>DraftWizard</name>
    <message>
        <source>Saved as version %1.</source>
        <translation>Disimpan sebagai versi %1.</translation>
    </message>
    <message>
        <source>Save the draft?</source>
        <translation>Simpan draf?</translation>
    </message>
    <message>
        <source>This draft has answers that are not saved yet. Save them as a new version before closing?</source>
        <translation>Draf ini memiliki jawaban yang belum disimpan. Simpan sebagai versi baru sebelum ditutup?</translation>
    </message>
    <message>
        <source>Drafting: %1</source>
        <translation>Penyusunan: %1</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>No earlier draft has this part in %1.</source>
        <translation>Belum ada draf sebelumnya yang memuat bagian ini dalam bahasa %1.</translation>
    </message>
    <message>
        <source>Replace the text?</source>
        <translation>Ganti teksnya?</translation>
    </message>
    <message>
        <source>This part already has a text. Replace it with the earlier draft's?</source>
        <translation>Bagian ini sudah berisi teks. Ganti dengan teks dari draf sebelumnya?</translation>
    </message>
    <message>
        <source>Review and checks</source>
        <translation>Tinjauan dan pemeriksaan</translation>
    </message>
    <message>
        <source>The partner's language</source>
        <translation>Bahasa mitra</translation>
    </message>
    <message>
        <source>A date cannot be read</source>
        <translation>Tanggal tidak terbaca</translation>
    </message>
    <message>
        <source>Not saved: the annexes lead back to this document (A annexes B, B annexes A). Remove the annex that closes the circle.</source>
        <translation>Tidak disimpan: lampirannya kembali ke dokumen ini (A melampirkan B, B melampirkan A). Hapus lampiran yang menutup lingkaran itu.</translation>
    </message>
    <message>
        <source>It is recorded in the register as a new agreement at the stage “%1”.</source>
        <translation>Draf ini dicatat di register sebagai perjanjian baru pada tahap “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up item(s) recorded as commitments of the agreement.</source>
        <translation>
            <numerusform>%n tindak lanjut dicatat sebagai komitmen perjanjian.</numerusform>
        </translation>
    </message>
    <message>
        <source>The follow-up is not recorded as commitments: the agreement has no responsible officer. Name one in the agreement, then save again.</source>
        <translation>Tindak lanjut belum dicatat sebagai komitmen: perjanjian belum memiliki petugas penanggung jawab. Tetapkan petugasnya pada perjanjian, lalu simpan lagi.</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Templat</translation>
    </message>
    <message>
        <source>Also the Indonesian text beside the English</source>
        <translation>Juga naskah bahasa Indonesia di samping bahasa Inggris</translation>
    </message>
    <message>
        <source>Also an English text beside the Indonesian</source>
        <translation>Juga naskah bahasa Inggris di samping naskah bahasa Indonesia</translation>
    </message>
    <message>
        <source>The partner's language version</source>
        <translation>Naskah dalam bahasa mitra</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Para Pihak</translation>
    </message>
    <message>
        <source>Recitals</source>
        <translation>Konsiderans</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Penutup</translation>
    </message>
    <message>
        <source>Signature blocks: ours, a blank line, the partner's; each the party's designation, then the signatory's title</source>
        <translation>Blok tanda tangan: pihak kita, satu baris kosong, pihak mitra; masing-masing sebutan pihak, lalu jabatan penanda tangan</translation>
    </message>
    <message>
        <source>Article: %1</source>
        <translation>Pasal: %1</translation>
    </message>
    <message>
        <source>From an earlier draft</source>
        <translation>Dari draf sebelumnya</translation>
    </message>
    <message>
        <source>What an earlier draft in the same language says for this part</source>
        <translation>Teks bagian ini dalam draf sebelumnya yang berbahasa sama</translation>
    </message>
    <message>
        <source>The Indonesian text is always made. The partner's own language version is usually prepared by the partner; the preview on the right shows the texts side by side.</source>
        <translation>Naskah bahasa Indonesia selalu dibuat. Naskah dalam bahasa mitra biasanya disiapkan oleh mitra; pratinjau di sebelah kanan menampilkan naskah-naskah berdampingan.</translation>
    </message>
    <message>
        <source>Our side (name, head of region, cooperation office) comes from Edit → Our government: change it in this draft only where this document differs.</source>
        <translation>Data pihak kita (nama, kepala daerah, unit kerja sama) diambil dari Sunting → Pemerintah daerah kita: ubah di draf ini hanya bila dokumen ini berbeda.</translation>
    </message>
    <message>
        <source>Show the program in the other language</source>
        <translation>Tampilkan program dalam bahasa lain</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Kembali</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Lanjut &gt;</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Simpan draf</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>C&amp;ompare versions…</source>
        <translation>Ban&amp;dingkan versi…</translation>
    </message>
    <message>
        <source>&amp;Export PDF/DOCX…</source>
        <translation>&amp;Ekspor PDF/DOCX…</translation>
    </message>
    <message>
        <source>&amp;Print preview…</source>
        <translation>&amp;Pratinjau cetak…</translation>
    </message>
    <message>
        <source>Save the answers as a new version (Ctrl+S)</source>
        <translation>Simpan jawaban sebagai versi baru (Ctrl+S)</translation>
    </message>
    <message>
        <source>Paste the partner's translation part by part. For an article, the first line is its heading; the article's number (第一条, 제1조) is printed by the document and may be left out. The checks list the parts still missing and numbers that differ.</source>
        <translation>Tempelkan terjemahan mitra bagian demi bagian. Untuk pasal, baris pertama adalah judulnya; nomor pasal (第一条, 제1조) dicetak oleh dokumen dan boleh tidak ditulis. Pemeriksaan mencantumkan bagian yang masih kosong dan angka yang berbeda.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glosarium</translation>
    </message>
    <message>
        <source>Save this draft as PDF or Word, to print or send</source>
        <translation>Simpan draf ini sebagai PDF atau Word, untuk dicetak atau dikirim</translation>
    </message>
    <message>
        <source>Show what changed between two saved versions</source>
        <translation>Tampilkan perubahan di antara dua versi yang disimpan</translation>
    </message>
    <message>
        <source>No template</source>
        <translation>Tidak ada templat</translation>
    </message>
    <message>
        <source>There is no template for this kind of agreement yet. Templates exist for Letters of Intent and Memoranda of Understanding.</source>
        <translation>Belum ada templat untuk jenis perjanjian ini. Templat tersedia untuk Pernyataan Kehendak dan Memorandum Saling Pengertian.</translation>
    </message>
    <message>
        <source>New draft</source>
        <translation>Draf baru</translation>
    </message>
    <message>
        <source>Which document?</source>
        <translation>Dokumen apa?</translation>
    </message>
    <message>
        <source>New document for this agreement</source>
        <translation>Dokumen baru untuk perjanjian ini</translation>
    </message>
</context>
<context>
    <name>DraftingCheck</name>
    <message>
        <source>Letters are printed under our letterhead, which is not set up yet. Add the coat of arms, the name and the address of our government in Edit → Our government.</source>
        <translation>Surat dicetak dengan kop surat kita, yang belum diatur. Tambahkan lambang daerah, nama, dan alamat pemerintah kita di Sunting → Pemerintah daerah kita.</translation>
    </message>
    <message>
        <source>The annexes lead back to this document (A annexes B, B annexes A). Remove the annex that closes the circle.</source>
        <translation>Lampirannya kembali ke dokumen ini (A melampirkan B, B melampirkan A). Hapus lampiran yang menutup lingkaran itu.</translation>
    </message>
    <message>
        <source>{annex}: the annexed draft is no longer in the register. Remove it, or annex another.</source>
        <translation>{annex}: draf yang dilampirkan sudah tidak ada di register. Hapus lampiran itu, atau lampirkan draf lain.</translation>
    </message>
    <message>
        <source>{annex} is a letter: a letter is sent, not annexed. Annex a plan of action or another document instead.</source>
        <translation>{annex} adalah surat: surat dikirim, bukan dilampirkan. Lampirkan rencana aksi atau dokumen lain.</translation>
    </message>
    <message>
        <source>{annex} still has unanswered questions; they show as gaps in the annex. Finish its draft before the signing copy.</source>
        <translation>{annex} masih memiliki pertanyaan yang belum dijawab; semuanya tampak sebagai celah dalam lampiran. Selesaikan drafnya sebelum naskah untuk ditandatangani.</translation>
    </message>
    <message>
        <source>The MoU has {count} articles: there is no Article {number} to amend. Check the article's number in the signed MoU.</source>
        <translation>MoU memiliki {count} pasal: tidak ada Pasal {number} yang dapat diubah. Periksa nomor pasalnya dalam MoU yang ditandatangani.</translation>
    </message>
    <message>
        <source>The NIP “{nip}” is not 18 digits. Copy the signing official's NIP as it stands on the appointment decree.</source>
        <translation>NIP “{nip}” tidak terdiri atas 18 angka. Salin NIP penanda tangan sesuai dengan surat keputusan pengangkatannya.</translation>
    </message>
    <message>
        <source>The document has no article on {part}, which every cooperation document needs. Answer the questions that include it.</source>
        <translation>Dokumen belum memuat pasal tentang {part}, yang wajib ada dalam setiap dokumen kerja sama. Jawab pertanyaan yang memunculkannya.</translation>
    </message>
    <message>
        <source>“{question}” is not answered yet; the text shows a gap there.</source>
        <translation>“{question}” belum dijawab; naskah masih menunjukkan bagian kosong di situ.</translation>
    </message>
    <message>
        <source>A term of {years} years is longer than the usual maximum of {maximum} years. Shorten it, or record the legal basis for the longer term.</source>
        <translation>Jangka waktu {years} tahun melebihi batas lazim {maximum} tahun. Persingkat, atau catat dasar hukum untuk jangka waktu yang lebih panjang.</translation>
    </message>
    <message>
        <source>There is no notice period for ending the agreement. Give the number of months of written notice (usually 6).</source>
        <translation>Belum ada tenggang waktu pemberitahuan untuk mengakhiri perjanjian. Isi jumlah bulan pemberitahuan tertulis (biasanya 6).</translation>
    </message>
    <message>
        <source>The MoU asks for {months} months' written notice: given on {notice}, this notice can end it on {earliest} at the earliest, not on {end}. Put the end on {earliest} or later.</source>
        <translation>MoU mensyaratkan pemberitahuan tertulis {months} bulan: bila diberikan pada {notice}, pemberitahuan ini paling cepat dapat mengakhirinya pada {earliest}, bukan {end}. Tetapkan tanggal berakhir {earliest} atau sesudahnya.</translation>
    </message>
    <message>
        <source>The MoU asks for {months} months' written notice: to end it on {end} without renewal, the notice must be given by {latest}, not on {notice}. Give notice of termination instead, or agree the end with the partner in writing.</source>
        <translation>MoU mensyaratkan pemberitahuan tertulis {months} bulan: agar MoU berakhir pada {end} tanpa diperpanjang, pemberitahuan harus disampaikan paling lambat {latest}, bukan {notice}. Sampaikan pemberitahuan pengakhiran, atau sepakati tanggal berakhirnya secara tertulis dengan mitra.</translation>
    </message>
    <message>
        <source>The signing date comes before the Letter of Intent it refers to. Check both dates.</source>
        <translation>Tanggal penandatanganan lebih awal daripada Pernyataan Kehendak yang dirujuknya. Periksa kedua tanggal.</translation>
    </message>
    <message>
        <source>The partner is in {country}: {reason} A sister relationship needs diplomatic relations, so the Foreign Ministry would stop this draft.</source>
        <translation>Mitra berada di {country}: {reason} Hubungan kota atau provinsi bersaudara memerlukan hubungan diplomatik, sehingga Kementerian Luar Negeri akan menghentikan draf ini.</translation>
    </message>
    <message>
        <source>“{question}” is not an e-mail address. Write it as name@domain, for example kerjasama@semarangkota.go.id.</source>
        <translation>“{question}” bukan alamat pos-el. Tulis dalam bentuk nama@domain, misalnya kerjasama@semarangkota.go.id.</translation>
    </message>
    <message>
        <source>The numbers in Article {article} are not the same in the Indonesian and the {partner_language} text. Check that both say the same.</source>
        <translation>Angka dalam Pasal {article} tidak sama dalam naskah bahasa Indonesia dan naskah bahasa {partner_language}. Periksa agar keduanya menyatakan hal yang sama.</translation>
    </message>
    <message>
        <source>No bundled font has these characters, so the PDF would leave them out: {characters}. Check the text, or export to Word, which keeps them.</source>
        <translation>Tidak ada huruf bawaan yang memuat karakter ini, sehingga PDF akan melewatinya: {characters}. Periksa naskahnya, atau ekspor ke Word, yang tetap memuatnya.</translation>
    </message>
    <message>
        <source>A bilateral document is made in at least two originals, one for each Party. Set the number of originals to 2 or more.</source>
        <translation>Naskah bilateral dibuat paling sedikit dalam dua naskah asli, satu untuk setiap Pihak. Isi jumlah rangkap 2 atau lebih.</translation>
    </message>
    <message>
        <source>The official name of {country} is not in the names table, so the text uses its short name. Write the official name in the text, or have it added to the table of official country names.</source>
        <translation>Nama resmi {country} belum ada dalam tabel nama negara, sehingga naskah memakai nama pendeknya. Tulis nama resminya dalam naskah, atau minta agar nama itu ditambahkan ke tabel nama resmi negara.</translation>
    </message>
    <message>
        <source>“{question}” is filled in only in {language}. Give the text in both languages.</source>
        <translation>“{question}” baru diisi dalam {language}. Isi teksnya dalam kedua bahasa.</translation>
    </message>
    <message>
        <source>The field “{field}” has no description of what will be done in it. Describe it, or untick it.</source>
        <translation>Bidang “{field}” belum memiliki uraian kegiatan. Beri uraian, atau hapus centangnya.</translation>
    </message>
    <message>
        <source>The {partner_language} text is still missing for: {parts}. Paste the partner's translation part by part.</source>
        <translation>Naskah bahasa {partner_language} masih kosong untuk: {parts}. Tempelkan terjemahan mitra bagian demi bagian.</translation>
    </message>
    <message>
        <source>The partner is called {draft} here but {register} in the register. Use the register's name, or correct the register.</source>
        <translation>Mitra disebut {draft} di sini tetapi {register} di register. Gunakan nama di register, atau perbaiki register.</translation>
    </message>
    <message>
        <source>The agreement has no Council (DPRD) approval recorded yet; an MoU may not be signed before it (PP 28/2018 art. 30). Record the approval on the agreement.</source>
        <translation>Perjanjian ini belum mencatat persetujuan DPRD; MoU tidak boleh ditandatangani sebelumnya (PP 28/2018 Pasal 30). Catat persetujuan tersebut pada perjanjian.</translation>
    </message>
    <message>
        <source>The numbers in Article {article} are not the same in the Indonesian and the English text. Check that both say the same.</source>
        <translation>Angka dalam Pasal {article} tidak sama pada naskah bahasa Indonesia dan bahasa Inggris. Periksa agar keduanya menyatakan hal yang sama.</translation>
    </message>
    <message>
        <source>A {ours} is paired with a partner of level {theirs}. Partners should be of equal level (city with city, province with province).</source>
        <translation>Pemerintah tingkat {ours} dipasangkan dengan mitra tingkat {theirs}. Mitra seharusnya setingkat (kota dengan kota, provinsi dengan provinsi).</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>maksud dan tujuan</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>ruang lingkup</translation>
    </message>
    <message>
        <source>implementation</source>
        <translation>pelaksanaan</translation>
    </message>
    <message>
        <source>financing</source>
        <translation>pembiayaan</translation>
    </message>
    <message>
        <source>contact points</source>
        <translation>penghubung</translation>
    </message>
    <message>
        <source>settlement of disputes</source>
        <translation>penyelesaian perselisihan</translation>
    </message>
    <message>
        <source>amendment</source>
        <translation>perubahan</translation>
    </message>
    <message>
        <source>entry into force and duration</source>
        <translation>mulai berlaku dan jangka waktu</translation>
    </message>
    <message>
        <source>termination</source>
        <translation>pengakhiran</translation>
    </message>
    <message>
        <source>the title</source>
        <translation>judul</translation>
    </message>
    <message>
        <source>the parties</source>
        <translation>para pihak</translation>
    </message>
    <message>
        <source>the recitals</source>
        <translation>konsiderans</translation>
    </message>
    <message>
        <source>the closing</source>
        <translation>penutup</translation>
    </message>
    <message>
        <source>the signature blocks</source>
        <translation>blok tanda tangan</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Pasal</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>bahasa Indonesia</translation>
    </message>
    <message>
        <source>English</source>
        <translation>bahasa Inggris</translation>
    </message>
</context>
<context>
    <name>DraftsPage</name>
    <message>
        <source>Drafts</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Letters of Intent and MoUs being drafted. Every save is kept as a version. Start a draft here, or from a partner or an agreement with “Draft document”.</source>
        <translation>Pernyataan Kehendak dan MoU yang sedang disusun. Setiap penyimpanan disimpan sebagai versi. Mulai draf di sini, atau dari mitra atau perjanjian dengan “Susun dokumen”.</translation>
    </message>
    <message>
        <source>New draft</source>
        <translation>Draf baru</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Export PDF/DOCX…</source>
        <translation>Ekspor PDF/DOCX…</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Pratinjau cetak…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Templat</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Mitra</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versi</translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation>Terakhir disimpan</translation>
    </message>
</context>
<context>
    <name>EditorDialog</name>
    <message>
        <source>The register is open read-only.</source>
        <translation>Register dibuka hanya-baca.</translation>
    </message>
    <message>
        <source>Save the changes?</source>
        <translation>Simpan perubahan?</translation>
    </message>
    <message>
        <source>What you typed here is not saved yet. Save it before closing?</source>
        <translation>Yang Anda ketik di sini belum disimpan. Simpan sebelum ditutup?</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>The register was replaced</source>
        <translation>Register telah diganti</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Terjadi kesalahan</translation>
    </message>
    <message>
        <source>An unexpected error stopped the last action; nothing it was doing was saved half-way, and your register is intact. The details are in %1. Please send them with a short note of what you did.</source>
        <translation>Kesalahan tak terduga menghentikan tindakan terakhir; tidak ada yang tersimpan setengah jalan, dan register Anda utuh. Rinciannya ada di %1. Mohon kirimkan beserta catatan singkat tentang apa yang Anda lakukan.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>A signing copy cannot be made while these remain; it stays a draft with the KONSEP / DRAFT mark:</source>
        <translation>Naskah untuk ditandatangani belum dapat dibuat selama hal-hal berikut masih ada; naskah tetap berupa draf bertanda KONSEP / DRAFT:</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Ekspor ke</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Pilih tempat menyimpan berkas.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Menulis %1…</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Tersimpan: %1.</translation>
    </message>
    <message>
        <source>No bundled font has these characters, so the PDF leaves them out: %1</source>
        <translation>Tidak ada fon bawaan yang memiliki karakter ini, sehingga PDF tidak memuatnya: %1</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Berhasil diekspor</translation>
    </message>
    <message>
        <source>Open it now (to read or print)?</source>
        <translation>Buka sekarang (untuk dibaca atau dicetak)?</translation>
    </message>
    <message>
        <source>The file could not be written: %1. Choose another place or name.</source>
        <translation>Berkas tidak dapat ditulis: %1. Pilih tempat atau nama lain.</translation>
    </message>
    <message>
        <source>The document could not be made (%1); nothing was written. Save the draft and report this with it.</source>
        <translation>Dokumen tidak dapat dibuat (%1); tidak ada yang ditulis. Simpan draf, lalu laporkan masalah ini beserta drafnya.</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Ekspor %1</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Tata letak</translation>
    </message>
    <message>
        <source>Languages side by side</source>
        <translation>Bahasa berdampingan</translation>
    </message>
    <message>
        <source>One language after another</source>
        <translation>Satu bahasa setelah yang lain</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Kertas</translation>
    </message>
    <message>
        <source>Final text (no KONSEP / DRAFT watermark)</source>
        <translation>Naskah final (tanpa tanda air KONSEP / DRAFT)</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Naskah asli</translation>
    </message>
    <message>
        <source>Not numbered</source>
        <translation>Tanpa nomor</translation>
    </message>
    <message>
        <source>Original %1 of %2</source>
        <translation>Naskah asli %1 dari %2</translation>
    </message>
    <message>
        <source>Alternat: original 2 is the partner's and names the partner first</source>
        <translation>Alternat: naskah asli 2 milik mitra dan menyebut mitra lebih dahulu</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>The coat of arms kept in the register cannot be read as a picture. Choose it again in Edit → Our government.</source>
        <translation>Lambang daerah yang tersimpan di register tidak dapat dibaca sebagai gambar. Pilih kembali di Sunting → Pemerintah daerah kita.</translation>
    </message>
    <message>
        <source>No letterhead</source>
        <translation>Belum ada kop surat</translation>
    </message>
    <message>
        <source>Record in the checklist</source>
        <translation>Catat di daftar periksa</translation>
    </message>
    <message>
        <source>Record letter number %1 of %2 in the checklist item “%3”, and keep this PDF with the agreement? Check the number against the agenda book first.</source>
        <translation>Catat surat nomor %1 tanggal %2 pada butir daftar periksa “%3”, dan simpan PDF ini bersama perjanjiannya? Cocokkan dahulu nomornya dengan buku agenda.</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Name (Latin script)</source>
        <translation>Nama (huruf Latin)</translation>
    </message>
    <message>
        <source>Name in native script</source>
        <translation>Nama dalam aksara asli</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Region / province / state</source>
        <translation>Wilayah / provinsi / negara bagian</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Penduduk</translation>
    </message>
    <message>
        <source>Characteristics</source>
        <translation>Karakteristik</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Situs web</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Nama orang</translation>
    </message>
    <message>
        <source>Title / position</source>
        <translation>Gelar / jabatan</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Surel</translation>
    </message>
    <message>
        <source>Name of our region (Indonesian)</source>
        <translation>Nama daerah kita (bahasa Indonesia)</translation>
    </message>
    <message>
        <source>Name of our region (English)</source>
        <translation>Nama daerah kita (bahasa Inggris)</translation>
    </message>
    <message>
        <source>Level of government</source>
        <translation>Tingkat pemerintahan</translation>
    </message>
    <message>
        <source>Province (Indonesian)</source>
        <translation>Provinsi (bahasa Indonesia)</translation>
    </message>
    <message>
        <source>Province (English)</source>
        <translation>Provinsi (bahasa Inggris)</translation>
    </message>
    <message>
        <source>Head of region</source>
        <translation>Kepala daerah</translation>
    </message>
    <message>
        <source>Title of the head of region (Indonesian)</source>
        <translation>Jabatan kepala daerah (bahasa Indonesia)</translation>
    </message>
    <message>
        <source>Title of the head of region (English)</source>
        <translation>Jabatan kepala daerah (bahasa Inggris)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Cooperation office (Indonesian)</source>
        <translation>Unit kerja sama (bahasa Indonesia)</translation>
    </message>
    <message>
        <source>Cooperation office (English)</source>
        <translation>Unit kerja sama (bahasa Inggris)</translation>
    </message>
    <message>
        <source>Coat of arms</source>
        <translation>Lambang daerah</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Mitra</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Follows from</source>
        <translation>Lanjutan dari</translation>
    </message>
    <message>
        <source>Title in Indonesian</source>
        <translation>Judul dalam bahasa Indonesia</translation>
    </message>
    <message>
        <source>Title in English</source>
        <translation>Judul dalam bahasa Inggris</translation>
    </message>
    <message>
        <source>Our number</source>
        <translation>Nomor kita</translation>
    </message>
    <message>
        <source>Partner's number</source>
        <translation>Nomor mitra</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Initiated on</source>
        <translation>Diprakarsai pada</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Ditandatangani pada</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>Berlaku sejak</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Berakhir pada</translation>
    </message>
    <message>
        <source>Open-ended</source>
        <translation>Tidak terbatas</translation>
    </message>
    <message>
        <source>Cooperation fields</source>
        <translation>Bidang kerja sama</translation>
    </message>
    <message>
        <source>Responsible officer</source>
        <translation>Petugas penanggung jawab</translation>
    </message>
    <message>
        <source>Deputy officer</source>
        <translation>Petugas pengganti</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Perjanjian</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Kind of activity</source>
        <translation>Jenis kegiatan</translation>
    </message>
    <message>
        <source>Cooperation field</source>
        <translation>Bidang kerja sama</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Apa yang terjadi</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Outcome and follow-up</source>
        <translation>Hasil dan tindak lanjut</translation>
    </message>
    <message>
        <source>Evidence (an attached file)</source>
        <translation>Bukti (berkas lampiran)</translation>
    </message>
    <message>
        <source>What is promised</source>
        <translation>Yang dijanjikan</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Selesai pada</translation>
    </message>
    <message>
        <source>Evidence or reason</source>
        <translation>Bukti atau alasan</translation>
    </message>
    <message>
        <source>Where it came from</source>
        <translation>Asal</translation>
    </message>
    <message>
        <source>Reason for moving on</source>
        <translation>Alasan melanjutkan</translation>
    </message>
    <message>
        <source>Letter or document number</source>
        <translation>Nomor surat atau dokumen</translation>
    </message>
    <message>
        <source>Date of the letter</source>
        <translation>Tanggal surat</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Tempat tujuan</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Berangkat</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Delegation (one person a line)</source>
        <translation>Delegasi (satu orang per baris)</translation>
    </message>
    <message>
        <source>Request submitted on</source>
        <translation>Permohonan diajukan pada</translation>
    </message>
    <message>
        <source>Terms of reference (KAK)</source>
        <translation>Kerangka acuan kerja (KAK)</translation>
    </message>
    <message>
        <source>Follow-up plan (one step a line)</source>
        <translation>Rencana tindak lanjut (satu langkah per baris)</translation>
    </message>
    <message>
        <source>Host confirmed</source>
        <translation>Konfirmasi tuan rumah</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Aturan</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Date of the handover</source>
        <translation>Tanggal serah terima</translation>
    </message>
    <message>
        <source>Successor</source>
        <translation>Pengganti</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>FieldsEditor</name>
    <message>
        <source>Other fields, with what will be done in them:</source>
        <translation>Bidang lain, beserta kegiatan di dalamnya:</translation>
    </message>
    <message>
        <source>Field (Indonesian)</source>
        <translation>Bidang (Indonesia)</translation>
    </message>
    <message>
        <source>Field (English)</source>
        <translation>Bidang (Inggris)</translation>
    </message>
    <message>
        <source>Activities (Indonesian)</source>
        <translation>Kegiatan (Indonesia)</translation>
    </message>
    <message>
        <source>Activities (English)</source>
        <translation>Kegiatan (Inggris)</translation>
    </message>
    <message>
        <source>Add a field</source>
        <translation>Tambah bidang</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
</context>
<context>
    <name>FirstSteps</name>
    <message>
        <source>First steps</source>
        <translation>Langkah pertama</translation>
    </message>
    <message>
        <source>This register is empty. Set up our own government once, add the first partner city or province, then draft the Letter of Intent that opens the process. To look around first, open the demo register with Semarang's partnerships.</source>
        <translation>Register ini masih kosong. Isi data pemerintah daerah kita sekali saja, tambahkan kota atau provinsi mitra pertama, lalu susun Pernyataan Kehendak yang membuka prosesnya. Untuk melihat-lihat dulu, buka register demo berisi kerja sama Kota Semarang.</translation>
    </message>
    <message>
        <source>1. Our government…</source>
        <translation>1. Pemerintah daerah kita…</translation>
    </message>
    <message>
        <source>2. Add the first partner…</source>
        <translation>2. Tambah mitra pertama…</translation>
    </message>
    <message>
        <source>3. Draft a Letter of Intent…</source>
        <translation>3. Susun Pernyataan Kehendak…</translation>
    </message>
    <message>
        <source>Open the demo register</source>
        <translation>Buka register demo</translation>
    </message>
</context>
<context>
    <name>GateOverrideDialog</name>
    <message>
        <source>Checklist not complete</source>
        <translation>Daftar periksa belum lengkap</translation>
    </message>
    <message>
        <source>Moving from “%1” to “%2” passes stages with these items not on record:</source>
        <translation>Berpindah dari “%1” ke “%2” melewati tahap dengan butir berikut belum tercatat:</translation>
    </message>
    <message>
        <source>To move on anyway, say why (kept with the agreement's history):</source>
        <translation>Untuk tetap melanjutkan, tulis alasannya (disimpan dalam riwayat perjanjian):</translation>
    </message>
    <message>
        <source>Move on anyway</source>
        <translation>Tetap lanjutkan</translation>
    </message>
</context>
<context>
    <name>GlossaryPanel</name>
    <message>
        <source>Find a term, in Indonesian or English…</source>
        <translation>Cari istilah, dalam bahasa Indonesia atau Inggris…</translation>
    </message>
    <message>
        <source>Double-click a term (or press Insert) to put it into the field you were typing in.</source>
        <translation>Klik dua kali sebuah istilah (atau tekan Sisipkan) untuk memasukkannya ke kolom yang sedang Anda isi.</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Sisipkan</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>Guide</source>
        <translation>Panduan</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Handed over</source>
        <translation>Sudah diserahterimakan</translation>
    </message>
    <message>
        <source>Everything %1 held now has a successor, and the handover is recorded. Save the handover dossier for the successors now?</source>
        <translation>Semua yang dipegang %1 kini punya pengganti, dan serah terima sudah dicatat. Simpan berkas serah terima untuk para pengganti sekarang?</translation>
    </message>
    <message>
        <source>Handover: %1</source>
        <translation>Serah terima: %1</translation>
    </message>
    <message>
        <source>%1 is leaving the post. Give each agreement and open commitment below to a successor; nothing may stay behind. The officer is then marked as transferred, and the handover is kept in the register's history.</source>
        <translation>%1 meninggalkan jabatan. Serahkan setiap perjanjian dan komitmen terbuka di bawah kepada pengganti; tidak boleh ada yang tertinggal. Petugas ini lalu ditandai dimutasi, dan serah terima disimpan dalam riwayat register.</translation>
    </message>
    <message>
        <source>%1 holds no agreement and no open commitment. The handover only marks the officer as transferred and records it.</source>
        <translation>%1 tidak memegang perjanjian maupun komitmen terbuka. Serah terima hanya menandai petugas ini dimutasi dan mencatatnya.</translation>
    </message>
    <message>
        <source>e.g. Transferred to the Regional Planning Agency (Bappeda) by decree no. …</source>
        <translation>mis. Dimutasi ke Bappeda dengan SK nomor …</translation>
    </message>
    <message>
        <source>Give everything to:</source>
        <translation>Serahkan semuanya kepada:</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— pilih —</translation>
    </message>
    <message>
        <source>Apply to all</source>
        <translation>Terapkan ke semua</translation>
    </message>
    <message>
        <source>Agreement or commitment</source>
        <translation>Perjanjian atau komitmen</translation>
    </message>
    <message>
        <source>Held as</source>
        <translation>Dipegang sebagai</translation>
    </message>
    <message>
        <source>Successor</source>
        <translation>Pengganti</translation>
    </message>
    <message>
        <source>responsible officer</source>
        <translation>penanggung jawab</translation>
    </message>
    <message>
        <source>deputy</source>
        <translation>wakil</translation>
    </message>
    <message>
        <source>owner of the commitment</source>
        <translation>penanggung jawab komitmen</translation>
    </message>
    <message>
        <source>— no deputy —</source>
        <translation>— tanpa wakil —</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Serahkan</translation>
    </message>
</context>
<context>
    <name>HelpButton</name>
    <message>
        <source>Help on this window (F1)</source>
        <translation>Bantuan tentang jendela ini (F1)</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Perjanjian</translation>
    </message>
    <message>
        <source>Cooperation field</source>
        <translation>Bidang kerja sama</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Komitmen</translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation>Berkas lampiran</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Mitra</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>Serah terima</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Draft version</source>
        <translation>Versi draf</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ditambahkan</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>diubah</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>dihapus</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>(changed outside Kerjasama Desk)</source>
        <translation>(diubah di luar Kerjasama Desk)</translation>
    </message>
    <message>
        <source>(Kerjasama Desk: audit safeguards put back)</source>
        <translation>(Kerjasama Desk: pengaman audit dipasang kembali)</translation>
    </message>
    <message>
        <source>Every change, with the computer account that made it. The entries are chained by their fingerprints: File → Check the audit trail shows whether any was altered.</source>
        <translation>Setiap perubahan, beserta akun komputer yang membuatnya. Catatan-catatan ini dirantai dengan sidik masing-masing: Berkas → Periksa jejak audit menunjukkan apakah ada yang diubah.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kapan</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Siapa</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Apa</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>Sebelum → sesudah</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>officers</source>
        <translation>petugas</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>mitra</translation>
    </message>
    <message>
        <source>agreements</source>
        <translation>perjanjian</translation>
    </message>
    <message>
        <source>activities</source>
        <translation>kegiatan</translation>
    </message>
    <message>
        <source>commitments</source>
        <translation>komitmen</translation>
    </message>
    <message>
        <source>drafts</source>
        <translation>draf</translation>
    </message>
    <message>
        <source>attached files</source>
        <translation>berkas lampiran</translation>
    </message>
    <message>
        <source>trips abroad</source>
        <translation>perjalanan dinas luar negeri</translation>
    </message>
    <message>
        <source>checklist items</source>
        <translation>butir daftar periksa</translation>
    </message>
    <message>
        <source>checklist overrides</source>
        <translation>pengecualian daftar periksa</translation>
    </message>
    <message>
        <source>handovers</source>
        <translation>serah terima</translation>
    </message>
    <message>
        <source>legal parameters</source>
        <translation>parameter hukum</translation>
    </message>
    <message>
        <source>translation memory entries</source>
        <translation>entri memori terjemahan</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 updated</source>
        <translation>%1: %2 baru, %3 diperbarui</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>No new or updated records.</source>
        <translation>Tidak ada catatan baru atau yang diperbarui.</translation>
    </message>
    <message>
        <source>%1 (%2): linked to the same partner in this register</source>
        <translation>%1 (%2): ditautkan ke mitra yang sama di register ini</translation>
    </message>
    <message>
        <source>These records were changed both here and in the other register since the last exchange. Choose for each which version to keep; the other is not imported.</source>
        <translation>Catatan berikut diubah di sini dan di register lain sejak pertukaran terakhir. Pilih untuk masing-masing versi mana yang disimpan; versi lainnya tidak diimpor.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Here (this register)</source>
        <translation>Di sini (register ini)</translation>
    </message>
    <message>
        <source>There (the file)</source>
        <translation>Di sana (berkas)</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>Diubah %1</translation>
    </message>
    <message>
        <source>Ours (this register)</source>
        <translation>Milik kita (register ini)</translation>
    </message>
    <message>
        <source>Theirs (the file)</source>
        <translation>Milik mereka (berkas)</translation>
    </message>
    <message>
        <source>Keep all &amp;ours</source>
        <translation>Simpan semua milik &amp;kita</translation>
    </message>
    <message>
        <source>Take all &amp;theirs</source>
        <translation>Ambil semua milik &amp;mereka</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Delete “{name}”? This cannot be undone.</source>
        <translation>Hapus “{name}”? Tindakan ini tidak dapat dibatalkan.</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Tidak dapat dihapus</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)…</source>
        <translation>Cari (Ctrl+F)…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Create a new record (Ctrl+N)</source>
        <translation>Buat data baru (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Open the selected record (Enter)</source>
        <translation>Buka data yang dipilih (Enter)</translation>
    </message>
    <message>
        <source>Delete the selected record (Delete)</source>
        <translation>Hapus data yang dipilih (Delete)</translation>
    </message>
    <message>
        <source>Draft document</source>
        <translation>Susun dokumen</translation>
    </message>
    <message>
        <source>Draft an LoI or MoU for the selected record, or continue its latest draft (Ctrl+D)</source>
        <translation>Susun LoI atau MoU untuk rekaman yang dipilih, atau lanjutkan draf terakhirnya (Ctrl+D)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Overview</source>
        <translation>Ikhtisar</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Mitra</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Perjanjian</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <source>Language / Bahasa</source>
        <translation>Bahasa / Language</translation>
    </message>
    <message>
        <source>&amp;Open register…</source>
        <translation>&amp;Buka register…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Cari</translation>
    </message>
    <message>
        <source>&amp;Our government…</source>
        <translation>&amp;Pemerintah daerah kita…</translation>
    </message>
    <message>
        <source>&amp;About Kerjasama Desk</source>
        <translation>&amp;Tentang Kerjasama Desk</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Panduan</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Cadangkan sekarang</translation>
    </message>
    <message>
        <source>&amp;Import from a file (.kdx)…</source>
        <translation>&amp;Impor dari berkas (.kdx)…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Pulihkan dari cadangan…</translation>
    </message>
    <message>
        <source>&amp;New partner</source>
        <translation>Mitra &amp;baru</translation>
    </message>
    <message>
        <source>&amp;New agreement</source>
        <translation>Perjanjian &amp;baru</translation>
    </message>
    <message>
        <source>&amp;New officer</source>
        <translation>Petugas &amp;baru</translation>
    </message>
    <message>
        <source>&amp;New draft</source>
        <translation>Draf &amp;baru</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were made to this register by another program, not by Kerjasama Desk. They are in the records' history, marked “changed outside Kerjasama Desk”.</source>
        <translation>
            <numerusform>%n perubahan dibuat pada register ini oleh program lain, bukan oleh Kerjasama Desk. Perubahan itu ada dalam riwayat catatan, ditandai “diubah di luar Kerjasama Desk”.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail's safeguards had been removed or altered (%1), so changes made meanwhile may be missing from the history. They are put back, and the gap is recorded in the audit trail.</source>
        <translation>Pengaman jejak audit telah dihapus atau diubah (%1), sehingga perubahan yang dibuat selama itu mungkin tidak tercatat dalam riwayat. Pengaman itu sudah dipasang kembali, dan celahnya dicatat dalam jejak audit.</translation>
    </message>
    <message>
        <source>Find out who changed the file, and keep this register as it is.</source>
        <translation>Cari tahu siapa yang mengubah berkas ini, dan biarkan register ini sebagaimana adanya.</translation>
    </message>
    <message>
        <source>Changed outside Kerjasama Desk</source>
        <translation>Diubah di luar Kerjasama Desk</translation>
    </message>
    <message>
        <source>Checking every entry of the audit trail…</source>
        <translation>Memeriksa setiap entri jejak audit…</translation>
    </message>
    <message>
        <source>The audit trail is intact: %1 entries, none altered or removed. But %2 of them record changes made by another program, not by Kerjasama Desk (marked “changed outside Kerjasama Desk” in the history). Find out who made them.</source>
        <translation>Jejak audit utuh: %1 entri, tidak ada yang diubah atau dihapus. Namun %2 di antaranya mencatat perubahan oleh program lain, bukan oleh Kerjasama Desk (ditandai “diubah di luar Kerjasama Desk” dalam riwayat). Cari tahu siapa yang membuatnya.</translation>
    </message>
    <message>
        <source>The register was changed outside Kerjasama Desk while it was open here, or its audit safeguards were altered. Close and open the register again: the changes are then marked in the history and the safeguards put back.</source>
        <translation>Register diubah di luar Kerjasama Desk selama terbuka di sini, atau pengaman auditnya diubah. Tutup lalu buka register ini lagi: perubahan itu kemudian ditandai dalam riwayat dan pengamannya dipasang kembali.</translation>
    </message>
    <message>
        <source>Cannot open the register</source>
        <translation>Register tidak dapat dibuka</translation>
    </message>
    <message>
        <source>Unsaved draft</source>
        <translation>Draf belum disimpan</translation>
    </message>
    <message>
        <source>Kerjasama Desk closed while a draft had unsaved answers (%1, kept at %2). Go on with it?</source>
        <translation>Kerjasama Desk tertutup saat sebuah draf memiliki jawaban yang belum disimpan (%1, tersimpan otomatis pada %2). Lanjutkan?</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Lanjutkan</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Nanti</translation>
    </message>
    <message>
        <source>Kerjasama Desk exchange files (*.kdx)</source>
        <translation>Berkas pertukaran Kerjasama Desk (*.kdx)</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Dibatalkan; tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Ekspor gagal</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Berhasil diekspor</translation>
    </message>
    <message>
        <source>E&amp;xport to a file (.kdx)…</source>
        <translation>E&amp;kspor ke berkas (.kdx)…</translation>
    </message>
    <message>
        <source>Register of foreign cooperation</source>
        <translation>Register kerja sama luar negeri</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Laporan</translation>
    </message>
    <message>
        <source>&amp;Annual implementation report…</source>
        <translation>Laporan pelaksanaan &amp;tahunan…</translation>
    </message>
    <message>
        <source>&amp;Handover dossier of an officer…</source>
        <translation>Berkas &amp;serah terima petugas…</translation>
    </message>
    <message>
        <source>&amp;Calendar of deadlines (.ics)…</source>
        <translation>&amp;Kalender tenggat (.ics)…</translation>
    </message>
    <message>
        <source>Register as a &amp;spreadsheet (XLSX, CSV)…</source>
        <translation>Register sebagai &amp;lembar kerja (XLSX, CSV)…</translation>
    </message>
    <message>
        <source>&amp;Legal parameters…</source>
        <translation>&amp;Parameter hukum…</translation>
    </message>
    <message>
        <source>&amp;Check the audit trail</source>
        <translation>&amp;Periksa jejak audit</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Jejak audit</translation>
    </message>
    <message>
        <source>The audit trail is intact: %1 entries, none altered or removed.

Last fingerprint: %2
Note it down to compare later: entries cut off at the end can only be found that way.</source>
        <translation>Jejak audit utuh: %1 catatan, tidak ada yang diubah atau dihapus.

Sidik terakhir: %2
Catat untuk dibandingkan kelak: catatan yang dipotong di bagian akhir hanya dapat ditemukan dengan cara itu.</translation>
    </message>
    <message>
        <source>its content was changed after it was written</source>
        <translation>isinya diubah setelah ditulis</translation>
    </message>
    <message>
        <source>the entry before it was removed</source>
        <translation>catatan sebelumnya dihapus</translation>
    </message>
    <message>
        <source>it was never sealed, yet later entries were</source>
        <translation>catatan ini tidak pernah disegel, padahal catatan sesudahnya disegel</translation>
    </message>
    <message>
        <source>The audit trail was altered outside Kerjasama Desk: at entry %1, %2. Keep this register as it is and tell whoever keeps your office's records; a backup from before the change may be compared.</source>
        <translation>Jejak audit diubah di luar Kerjasama Desk: pada catatan %1, %2. Biarkan register ini apa adanya dan beri tahu pengelola arsip kantor Anda; cadangan dari sebelum perubahan dapat dibandingkan.</translation>
    </message>
    <message>
        <source>Export to a file</source>
        <translation>Ekspor ke berkas</translation>
    </message>
    <message>
        <source>Export only the agreements selected in Agreements (with the partners, officers, drafts and files they refer to), or the whole register?</source>
        <translation>Ekspor hanya perjanjian yang dipilih di Perjanjian (beserta mitra, petugas, draf dan berkas yang terkait), atau seluruh register?</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n selected agreement(s)</source>
        <translation>
            <numerusform>Hanya %n perjanjian yang dipilih</numerusform>
        </translation>
    </message>
    <message>
        <source>The whole register</source>
        <translation>Seluruh register</translation>
    </message>
    <message>
        <source>%1 partners, %2 agreements, %3 officers, %4 drafts and %5 attached files are in %6.</source>
        <translation>%1 mitra, %2 perjanjian, %3 petugas, %4 draf dan %5 berkas lampiran ada di %6.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Menulis %1…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Impor dibatalkan; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Memeriksa %1…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Mengimpor %1…</translation>
    </message>
    <message>
        <source>The same partners?</source>
        <translation>Mitra yang sama?</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Tidak dapat mengimpor</translation>
    </message>
    <message>
        <source>%1 The register was not changed.</source>
        <translation>%1 Register tidak diubah.</translation>
    </message>
    <message>
        <source>The register already holds everything in this file.</source>
        <translation>Register sudah memuat semua isi berkas ini.</translation>
    </message>
    <message>
        <source>The file records these partners, which this register also holds under its own records:

%1

Are they the same partners? Yes links them, with what both registers recorded under them (the same agreements, commitments, activities and officers); the file's other records come under this register's partners. No imports nothing.</source>
        <translation>Berkas ini mencatat mitra berikut, yang juga ada di register ini dengan catatannya sendiri:

%1

Apakah mereka mitra yang sama? Ya menautkannya, bersama apa yang dicatat kedua register di bawahnya (perjanjian, komitmen, kegiatan, dan petugas yang sama); catatan lain dari berkas masuk ke mitra di register ini. Tidak berarti tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>Register (read-only): {path}</source>
        <translation>Register (hanya-baca): {path}</translation>
    </message>
    <message>
        <source>Register: {path}</source>
        <translation>Register: {path}</translation>
    </message>
    <message>
        <source>This register is open read-only: it is on a medium or in a folder that cannot be written. You can look, search, export and print; to change it, copy the file to your computer and open the copy.</source>
        <translation>Register ini dibuka hanya-baca: berkasnya ada di media atau folder yang tidak dapat ditulisi. Anda dapat melihat, mencari, mengekspor dan mencetak; untuk mengubahnya, salin berkas ke komputer Anda lalu buka salinannya.</translation>
    </message>
</context>
<context>
    <name>MemoryCompleter</name>
    <message>
        <source>Replace the English?</source>
        <translation>Ganti teks bahasa Inggris?</translation>
    </message>
    <message>
        <source>Replace the English you typed:

%1

with the remembered text:

%2</source>
        <translation>Ganti teks bahasa Inggris yang Anda ketik:

%1

dengan teks yang tersimpan:

%2</translation>
    </message>
</context>
<context>
    <name>OfficerEditor</name>
    <message>
        <source>History of changes</source>
        <translation>Riwayat perubahan</translation>
    </message>
    <message>
        <source>New officer</source>
        <translation>Petugas baru</translation>
    </message>
    <message>
        <source>Officer: {name}</source>
        <translation>Petugas: {name}</translation>
    </message>
    <message>
        <source>18 digits, optional</source>
        <translation>18 digit, tidak wajib</translation>
    </message>
</context>
<context>
    <name>OfficersPage</name>
    <message>
        <source>Handover</source>
        <translation>Serah terima</translation>
    </message>
    <message numerus="yes">
        <source>%1 is marked as transferred but still holds %n agreement(s) or commitment(s). Hand them over to successors now?</source>
        <translation>
            <numerusform>%1 ditandai dimutasi tetapi masih memegang %n perjanjian atau komitmen. Serahkan kepada pengganti sekarang?</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Hand over to successors…</source>
        <translation>Serahkan kepada pengganti…</translation>
    </message>
    <message>
        <source>Save the handover dossier…</source>
        <translation>Simpan berkas serah terima…</translation>
    </message>
    <message>
        <source>Active and transferred</source>
        <translation>Aktif dan dimutasi</translation>
    </message>
    <message numerus="yes">
        <source>%Ln officer(s)</source>
        <translation>
            <numerusform>%Ln petugas</numerusform>
        </translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Hand over…</source>
        <translation>Serah terima…</translation>
    </message>
    <message>
        <source>The officer leaves the post (mutasi): give every agreement and open commitment they hold to successors in one pass, and save the handover dossier</source>
        <translation>Petugas meninggalkan jabatan (mutasi): serahkan sekaligus setiap perjanjian dan komitmen terbuka yang dipegangnya kepada pengganti, lalu simpan berkas serah terima</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation>hari/bulan/tahun</translation>
    </message>
    <message>
        <source>Pick the date in a calendar</source>
        <translation>Pilih tanggal di kalender</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>Kosongkan tanggal</translation>
    </message>
</context>
<context>
    <name>OurGovernmentDialog</name>
    <message>
        <source>Our government</source>
        <translation>Pemerintah daerah kita</translation>
    </message>
    <message>
        <source>Our own side, set once for this register. Every new draft starts from it, so the wizard asks only for what differs; the letters of the process take their letterhead from it.</source>
        <translation>Data pihak kita sendiri, diisi sekali untuk register ini. Setiap draf baru dimulai dari data ini sehingga wizard hanya menanyakan yang berbeda; surat-surat dalam proses mengambil kop suratnya dari sini.</translation>
    </message>
    <message>
        <source>City (Kota)</source>
        <translation>Kota</translation>
    </message>
    <message>
        <source>Regency (Kabupaten)</source>
        <translation>Kabupaten</translation>
    </message>
    <message>
        <source>Province (Provinsi)</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <source>e.g. Semarang</source>
        <translation>mis. Semarang</translation>
    </message>
    <message>
        <source>e.g. Wali Kota Semarang</source>
        <translation>mis. Wali Kota Semarang</translation>
    </message>
    <message>
        <source>e.g. Mayor of Semarang</source>
        <translation>mis. Mayor of Semarang</translation>
    </message>
    <message>
        <source>e.g. Bagian Kerja Sama Sekretariat Daerah Kota Semarang</source>
        <translation>mis. Bagian Kerja Sama Sekretariat Daerah Kota Semarang</translation>
    </message>
</context>
<context>
    <name>ParametersDialog</name>
    <message>
        <source>Legal parameters</source>
        <translation>Parameter hukum</translation>
    </message>
    <message>
        <source>The numbers behind the checks, the dashboard and the travel planner. The defaults follow the rules named in the last column; change one only when your office follows another rule. Changes apply to everyone using this register and are kept in its audit trail.</source>
        <translation>Angka-angka di balik pemeriksaan, dasbor, dan perencana perjalanan dinas. Nilai bawaan mengikuti aturan di kolom terakhir; ubah hanya bila kantor Anda mengikuti aturan lain. Perubahan berlaku bagi semua pengguna register ini dan tercatat dalam jejak auditnya.</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Bawaan</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Dasar</translation>
    </message>
</context>
<context>
    <name>PartnerEditor</name>
    <message>
        <source>History of changes</source>
        <translation>Riwayat perubahan</translation>
    </message>
    <message>
        <source>Documents: agreement texts, letters, minutes</source>
        <translation>Dokumen: naskah perjanjian, surat, notulen</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>Mitra baru</translation>
    </message>
    <message>
        <source>Partner: {name}</source>
        <translation>Mitra: {name}</translation>
    </message>
    <message>
        <source>e.g. Beihai</source>
        <translation>mis. Beihai</translation>
    </message>
    <message>
        <source>e.g. 北海市</source>
        <translation>mis. 北海市</translation>
    </message>
    <message>
        <source>e.g. 1580000</source>
        <translation>mis. 1580000</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Tambah kontak</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Hapus kontak</translation>
    </message>
</context>
<context>
    <name>PartnerQuestion</name>
    <message>
        <source>Find a partner…</source>
        <translation>Cari mitra…</translation>
    </message>
</context>
<context>
    <name>PartnersPage</name>
    <message>
        <source>All countries</source>
        <translation>Semua negara</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Semua tingkat</translation>
    </message>
    <message numerus="yes">
        <source>%Ln partner(s)</source>
        <translation>
            <numerusform>%Ln mitra</numerusform>
        </translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Mitra</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Preparing the pages…</source>
        <translation>Menyiapkan halaman…</translation>
    </message>
    <message>
        <source>The pages could not be made (%1). Save the draft and report this with it.</source>
        <translation>Halaman tidak dapat dibuat (%1). Simpan draf, lalu laporkan masalah ini beserta drafnya.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n halaman</numerusform>
        </translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Pencetak tidak dapat dijalankan.</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Pratinjau cetak</translation>
    </message>
    <message>
        <source>Languages side by side</source>
        <translation>Bahasa berdampingan</translation>
    </message>
    <message>
        <source>One language after another</source>
        <translation>Satu bahasa setelah yang lain</translation>
    </message>
    <message>
        <source>Final text (no KONSEP / DRAFT watermark)</source>
        <translation>Naskah final (tanpa tanda air KONSEP / DRAFT)</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>ProposeCommitmentsDialog</name>
    <message>
        <source>Annual cycle of the agreement</source>
        <translation>Siklus tahunan perjanjian</translation>
    </message>
    <message>
        <source>Counted from the signing date (%1) for the next two years. Untick what does not apply; the owner is the responsible officer and can be changed later.</source>
        <translation>Dihitung dari tanggal penandatanganan (%1) untuk dua tahun ke depan. Hilangkan centang yang tidak berlaku; penanggung jawabnya petugas penanggung jawab perjanjian dan dapat diubah kemudian.</translation>
    </message>
    <message>
        <source>Nothing to add: the commitments of the next two years are already recorded, or the agreement ends before any falls due.</source>
        <translation>Tidak ada yang perlu ditambahkan: komitmen dua tahun ke depan sudah tercatat, atau perjanjian berakhir sebelum ada yang jatuh tempo.</translation>
    </message>
    <message>
        <source>Add ticked</source>
        <translation>Tambahkan yang dicentang</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Lihat di:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nama berkas:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Jenis berkas:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Simpan Sebagai</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Semua Berkas (*)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Maju</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Folder Induk</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Buat Folder Baru</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Tampilan Daftar</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Tampilan Rinci</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Folder Baru</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Ganti Nama</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Tampilkan berkas &amp;tersembunyi</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Komputer Saya</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Tanggal Diubah</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Komputer Saya</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Po&amp;tong</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>T&amp;empel</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih Semua</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Tampilkan Rincian...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Sembunyikan Rincian...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Simpan Semua</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ya untuk &amp;Semua</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>T&amp;idak untuk Semua</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Batalkan</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Coba Lagi</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Abaikan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Don't Save</source>
        <translation>Jangan Simpan</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Tutup tanpa Menyimpan</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Atur Ulang</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Kembalikan Bawaan</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Ctrl</source>
        <translation>Ctrl</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Alt</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Po&amp;tong</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>T&amp;empel</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih Semua</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Salin &amp;Alamat Tautan</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Annual implementation report</source>
        <translation>Laporan pelaksanaan tahunan</translation>
    </message>
    <message>
        <source>Year to report on:</source>
        <translation>Tahun yang dilaporkan:</translation>
    </message>
    <message>
        <source>Calendar of deadlines</source>
        <translation>Kalender tenggat</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Berkas kalender (*.ics)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Tidak tersimpan</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2). Choose another folder; nothing was written.</source>
        <translation>%1 tidak dapat ditulis (%2). Pilih folder lain; tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>%1 dates are in %2. Open the file with Outlook or Thunderbird to add them; importing a newer file later updates the same events.</source>
        <translation>%1 tanggal ada di %2. Buka berkas ini dengan Outlook atau Thunderbird untuk menambahkannya; mengimpor berkas yang lebih baru kelak memperbarui acara yang sama.</translation>
    </message>
    <message>
        <source>Excel workbook, every table (*.xlsx)</source>
        <translation>Buku kerja Excel, semua tabel (*.xlsx)</translation>
    </message>
    <message>
        <source>Register as a spreadsheet</source>
        <translation>Register sebagai lembar kerja</translation>
    </message>
    <message>
        <source>register of agreements.xlsx</source>
        <translation>register perjanjian.xlsx</translation>
    </message>
    <message>
        <source>CSV, the agreements (*.csv)</source>
        <translation>CSV, daftar perjanjian (*.csv)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Menulis %1…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Dibatalkan; tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>%1 rows written to %2</source>
        <translation>%1 baris ditulis ke %2</translation>
    </message>
    <message>
        <source>Handover dossier</source>
        <translation>Berkas serah terima</translation>
    </message>
    <message>
        <source>There are no officers in the register yet.</source>
        <translation>Belum ada petugas dalam register.</translation>
    </message>
    <message>
        <source>Officer:</source>
        <translation>Petugas:</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Save the report</source>
        <translation>Simpan laporan</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Word document (*.docx)</source>
        <translation>PDF (*.pdf);;Dokumen Word (*.docx)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Menulis %1…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Tidak tersimpan</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2). Choose another folder; nothing was written.</source>
        <translation>%1 tidak dapat ditulis (%2). Pilih folder lain; tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>%1 - handover dossier.pdf</source>
        <translation>%1 - berkas serah terima.pdf</translation>
    </message>
    <message>
        <source>implementation report %1.pdf</source>
        <translation>laporan pelaksanaan kerja sama %1.pdf</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>To fix before signing</source>
        <translation>Harus diperbaiki sebelum penandatanganan</translation>
    </message>
    <message>
        <source>To look at</source>
        <translation>Perlu diperiksa</translation>
    </message>
    <message>
        <source>%1 to fix and %2 to look at. Double-click a finding to go to its question.</source>
        <translation>%1 harus diperbaiki dan %2 perlu diperiksa. Klik dua kali sebuah temuan untuk menuju pertanyaannya.</translation>
    </message>
    <message>
        <source>The checks found nothing to fix.</source>
        <translation>Pemeriksaan tidak menemukan hal yang perlu diperbaiki.</translation>
    </message>
    <message>
        <source>Review and checks</source>
        <translation>Tinjauan dan pemeriksaan</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message numerus="yes">
        <source>%n year(s) without activity</source>
        <translation>
            <numerusform>%n tahun tidak aktif</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a partner to see its timeline.</source>
        <translation>Pilih mitra untuk melihat linimasanya.</translation>
    </message>
    <message>
        <source>Nothing dated yet for this partner.</source>
        <translation>Belum ada peristiwa bertanggal untuk mitra ini.</translation>
    </message>
    <message>
        <source>initiative</source>
        <translation>prakarsa</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>ditandatangani</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>kegiatan</translation>
    </message>
    <message>
        <source>expiry</source>
        <translation>berakhir</translation>
    </message>
    <message>
        <source>silence of a year or more</source>
        <translation>tidak aktif setahun atau lebih</translation>
    </message>
</context>
<context>
    <name>TripEditor</name>
    <message>
        <source>Checked against: %1 (%2).</source>
        <translation>Diperiksa menurut: %1 (%2).</translation>
    </message>
    <message>
        <source>Official trip abroad</source>
        <translation>Perjalanan dinas luar negeri</translation>
    </message>
    <message>
        <source>The host has confirmed in writing</source>
        <translation>Tuan rumah sudah mengonfirmasi secara tertulis</translation>
    </message>
    <message>
        <source>Number or file name of the KAK</source>
        <translation>Nomor atau nama berkas KAK</translation>
    </message>
    <message>
        <source>e.g.
Send the draft plan of action to Ulsan
Invite Ulsan's port authority</source>
        <translation>mis.
Kirim draf rencana aksi ke Ulsan
Undang otoritas pelabuhan Ulsan</translation>
    </message>
</context>
<context>
    <name>TripsBox</name>
    <message>
        <source>Trip made</source>
        <translation>Perjalanan terlaksana</translation>
    </message>
    <message numerus="yes">
        <source>The trip is marked as made; its follow-up plan is now %n commitment(s) in the Commitments tab, due three months after the return.</source>
        <translation>
            <numerusform>Perjalanan ditandai terlaksana; rencana tindak lanjutnya kini menjadi %n komitmen di tab Komitmen, jatuh tempo tiga bulan setelah kembali.</numerusform>
        </translation>
    </message>
    <message>
        <source>Official travel abroad (PDLN) under this agreement, checked against the travel rules. Once made, its follow-up plan becomes commitments.</source>
        <translation>Perjalanan dinas luar negeri (PDLN) dalam perjanjian ini, diperiksa menurut aturan perjalanan. Setelah terlaksana, rencana tindak lanjutnya menjadi komitmen.</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Tempat tujuan</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Orang</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Plan a trip…</source>
        <translation>Rencanakan perjalanan…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <source>Permit request letter…</source>
        <translation>Surat permohonan izin…</translation>
    </message>
    <message>
        <source>Draft the PDLN permit request from this trip: destination, dates, delegation</source>
        <translation>Susun surat permohonan izin PDLN dari perjalanan ini: tujuan, tanggal, delegasi</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>{field} is required. Fill it in.</source>
        <translation>{field} wajib diisi. Isilah.</translation>
    </message>
    <message>
        <source>{field} is too long ({length} characters). Keep it to {limit} characters.</source>
        <translation>{field} terlalu panjang ({length} karakter). Batasi sampai {limit} karakter.</translation>
    </message>
    <message>
        <source>{field} must be in Latin script; {chars} belongs in the name in native script.</source>
        <translation>{field} harus dalam huruf Latin; {chars} tempatnya di nama dalam aksara asli.</translation>
    </message>
    <message>
        <source>{field} contains characters that do not belong in it: {chars}. Remove them.</source>
        <translation>{field} memuat karakter yang tidak semestinya: {chars}. Hapuslah.</translation>
    </message>
    <message>
        <source>{field} cannot be negative. Enter 0 or more.</source>
        <translation>{field} tidak boleh negatif. Isikan 0 atau lebih.</translation>
    </message>
    <message>
        <source>{field} is too large. Enter at most {limit}.</source>
        <translation>{field} terlalu besar. Isikan paling banyak {limit}.</translation>
    </message>
    <message>
        <source>{field} must be a whole number, such as 1580000.</source>
        <translation>{field} harus bilangan bulat, misalnya 1580000.</translation>
    </message>
    <message>
        <source>{field} has a value we do not know. Pick one from the list.</source>
        <translation>Nilai {field} tidak dikenal. Pilih dari daftar.</translation>
    </message>
    <message>
        <source>{field} is not a web address. Write it like https://www.example.org.</source>
        <translation>{field} bukan alamat web. Tulis seperti https://www.example.org.</translation>
    </message>
    <message>
        <source>{field} is not an e-mail address. Write it like name@example.org.</source>
        <translation>{field} bukan alamat surel. Tulis seperti nama@example.org.</translation>
    </message>
    <message>
        <source>{field} may contain only digits, spaces and the signs + ( ) - .</source>
        <translation>{field} hanya boleh berisi angka, spasi dan tanda + ( ) - .</translation>
    </message>
    <message>
        <source>{field} must have 18 digits; this one has {count}. Check the number.</source>
        <translation>{field} harus 18 digit; yang ini {count} digit. Periksa nomornya.</translation>
    </message>
    <message>
        <source>{field} ({value}) is after today ({today}): log an activity once it has happened; plan future ones as commitments or trips.</source>
        <translation>{field} ({value}) jatuh sesudah hari ini ({today}): catat kegiatan setelah terjadi; rencanakan kegiatan mendatang sebagai komitmen atau perjalanan.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a date. Type it like 10/12/2026 or 2026-12-10 (day, month, year), or pick it in the calendar.</source>
        <translation>{field}: “{value}” bukan tanggal. Ketik seperti 10/12/2026 atau 2026-12-10 (hari, bulan, tahun), atau pilih di kalender.</translation>
    </message>
    <message>
        <source>{field}: the file is not a picture this program can read. Choose a PNG or JPEG file.</source>
        <translation>{field}: berkas ini bukan gambar yang dapat dibaca program ini. Pilih berkas PNG atau JPEG.</translation>
    </message>
    <message>
        <source>{field} is larger than {limit} MB. Choose a smaller picture (an emblem of a few hundred pixels is enough for a letterhead).</source>
        <translation>{field} lebih besar dari {limit} MB. Pilih gambar yang lebih kecil (lambang beberapa ratus piksel sudah cukup untuk kop surat).</translation>
    </message>
    <message>
        <source>{field} ({value}) cannot be earlier than {other} ({other_value}). Correct one of them.</source>
        <translation>{field} ({value}) tidak boleh lebih awal dari {other} ({other_value}). Perbaiki salah satunya.</translation>
    </message>
    <message>
        <source>{field} must stay empty for an open-ended agreement. Clear it or untick open-ended.</source>
        <translation>{field} harus kosong untuk perjanjian tanpa batas waktu. Kosongkan atau hilangkan centang tidak terbatas.</translation>
    </message>
    <message>
        <source>{field} cannot be the responsible officer as well. Choose another person.</source>
        <translation>{field} tidak boleh sama dengan petugas penanggung jawab. Pilih orang lain.</translation>
    </message>
    <message>
        <source>{name} ({country}) is already in the register. Open that record instead.</source>
        <translation>{name} ({country}) sudah ada di register. Buka data tersebut saja.</translation>
    </message>
    <message>
        <source>{field} is required for this kind. Choose the agreement it implements.</source>
        <translation>{field} wajib untuk jenis ini. Pilih perjanjian yang dilaksanakannya.</translation>
    </message>
    <message>
        <source>{field} must be a {expected}. Choose another agreement.</source>
        <translation>{field} harus berupa {expected}. Pilih perjanjian lain.</translation>
    </message>
    <message>
        <source>{field} must be empty: a Letter of Intent starts the lineage.</source>
        <translation>{field} harus kosong: Pernyataan Kehendak adalah awal rangkaian.</translation>
    </message>
    <message>
        <source>{field} belongs to another partner. Choose one with the same partner.</source>
        <translation>{field} milik mitra lain. Pilih perjanjian dengan mitra yang sama.</translation>
    </message>
    <message>
        <source>{field} cannot be this agreement or one that follows from it.</source>
        <translation>{field} tidak boleh perjanjian ini sendiri atau lanjutannya.</translation>
    </message>
    <message>
        <source>{field}: each custom field needs a name in Indonesian or English.</source>
        <translation>{field}: setiap bidang lain perlu nama dalam bahasa Indonesia atau Inggris.</translation>
    </message>
    <message>
        <source>Contact {row}: {message}</source>
        <translation>Kontak {row}: {message}</translation>
    </message>
    <message>
        <source>{item}: choose a successor; nothing may stay with the officer who leaves.</source>
        <translation>{item}: pilih pengganti; tidak boleh ada yang tertinggal pada petugas yang pergi.</translation>
    </message>
    <message>
        <source>{item}: the successor cannot be the officer who leaves. Choose another.</source>
        <translation>{item}: pengganti tidak boleh petugas yang pergi. Pilih orang lain.</translation>
    </message>
    <message>
        <source>{item}: the successor has been transferred too. Choose an active officer.</source>
        <translation>{item}: pengganti juga sudah dimutasi. Pilih petugas yang masih aktif.</translation>
    </message>
    <message>
        <source>{item}: the deputy cannot be the responsible officer as well. Choose another deputy or none.</source>
        <translation>{item}: wakil tidak boleh sekaligus penanggung jawab. Pilih wakil lain atau tanpa wakil.</translation>
    </message>
    <message>
        <source>{field} is required to move on with checklist items missing: say why (it is kept with the agreement's history).</source>
        <translation>{field} wajib diisi untuk melanjutkan dengan butir daftar periksa yang belum lengkap: tulis alasannya (disimpan dalam riwayat perjanjian).</translation>
    </message>
    <message>
        <source>{field}: {count} checklist item(s) of the stages passed are not done yet. Complete them in the Checklist tab, or save again and give a reason to move on anyway.</source>
        <translation>{field}: {count} butir daftar periksa dari tahap yang dilewati belum selesai. Lengkapi di tab Daftar periksa, atau simpan lagi dan beri alasan untuk tetap melanjutkan.</translation>
    </message>
    <message>
        <source>{field}: the trip lasts {days} days; {rule} allows {limit} days abroad. Shorten it or choose the rule that applies.</source>
        <translation>{field}: perjalanan berlangsung {days} hari; {rule} membolehkan {limit} hari di luar negeri. Persingkat atau pilih aturan yang berlaku.</translation>
    </message>
    <message>
        <source>{field}: {count} persons; a {purpose} allows at most {limit}. Reduce the delegation.</source>
        <translation>{field}: {count} orang; untuk {purpose} paling banyak {limit}. Kurangi anggota delegasi.</translation>
    </message>
    <message>
        <source>{field}: the request must go in {days} days before departure, by {latest} at the latest. Enter the date it went in, or move the trip.</source>
        <translation>{field}: permohonan harus diajukan {days} hari sebelum berangkat, paling lambat {latest}. Isi tanggal pengajuannya, atau geser perjalanannya.</translation>
    </message>
    <message>
        <source>{field}: the host has not confirmed yet. Tick it once their letter or e-mail has arrived.</source>
        <translation>{field}: tuan rumah belum mengonfirmasi. Centang setelah surat atau surelnya diterima.</translation>
    </message>
    <message>
        <source>{field}: {count} delegate(s) are also on the trip to {destination} ({start} to {end}). Change the dates or the delegation.</source>
        <translation>{field}: {count} anggota delegasi juga ikut perjalanan ke {destination} ({start} sampai {end}). Ubah tanggal atau susunan delegasi.</translation>
    </message>
    <message>
        <source>{name} must be from {minimum} to {maximum}. Enter a number in that range.</source>
        <translation>{name} harus antara {minimum} dan {maximum}. Isi angka dalam rentang itu.</translation>
    </message>
    <message>
        <source>{field}: {name} has been transferred and can no longer see this through. Choose a successor (the handover does this for all of their commitments at once).</source>
        <translation>{field}: {name} telah dimutasi dan tidak dapat lagi menuntaskan ini. Pilih penggantinya (serah terima melakukannya sekaligus untuk semua komitmennya).</translation>
    </message>
    <message>
        <source>{field} is required once the commitment is done. Enter the day it was.</source>
        <translation>{field} wajib diisi bila komitmen sudah selesai. Isi tanggal selesainya.</translation>
    </message>
    <message>
        <source>{field} ({value}) is after today ({today}). Mark it done once it has happened.</source>
        <translation>{field} ({value}) setelah hari ini ({today}). Tandai selesai setelah benar-benar terlaksana.</translation>
    </message>
    <message>
        <source>{field} is required when a commitment is dropped: write why (for the next officer).</source>
        <translation>{field} wajib diisi bila komitmen dibatalkan: tulis alasannya (untuk petugas berikutnya).</translation>
    </message>
    <message>
        <source>{name} still has agreements in the register ({count}). Delete those agreements first; the partner's history stays with them until then.</source>
        <translation>{name} masih memiliki {count} perjanjian di register. Hapus dulu perjanjian tersebut; riwayat mitra tetap tersimpan bersamanya sampai saat itu.</translation>
    </message>
    <message>
        <source>{name} is still responsible or deputy for agreements in the register ({count}). Reassign them first, or mark the officer as transferred instead of deleting.</source>
        <translation>{name} masih menjadi penanggung jawab atau pengganti untuk {count} perjanjian. Alihkan dulu, atau tandai petugas sebagai dimutasi alih-alih menghapusnya.</translation>
    </message>
    <message>
        <source>{name} is named as the owner of commitments in the register ({count}). Hand them over to a successor first, or mark the officer as transferred instead of deleting.</source>
        <translation>{name} tercatat sebagai penanggung jawab komitmen dalam register ({count}). Serahkan dulu kepada penggantinya, atau tandai petugas ini sebagai dimutasi alih-alih menghapusnya.</translation>
    </message>
    <message>
        <source>{name} handed over their work; the handover stays in the register's history, so the officer stays too (as transferred).</source>
        <translation>{name} sudah menyerahterimakan pekerjaannya; serah terima itu tetap dalam riwayat register, jadi petugas ini juga tetap tercatat (sebagai dimutasi).</translation>
    </message>
    <message>
        <source>{name} has agreements that follow from it ({count}: implementing arrangements, addenda or an MoU). Delete or re-link those first.</source>
        <translation>{name} memiliki {count} perjanjian lanjutan (pengaturan pelaksanaan, adendum atau MoU). Hapus atau tautkan ulang dulu perjanjian tersebut.</translation>
    </message>
    <message>
        <source>{path} is not a Kerjasama Desk register: it is not an SQLite database. Choose another file; this one was left untouched.</source>
        <translation>{path} bukan register Kerjasama Desk: berkas ini bukan basis data SQLite. Pilih berkas lain; berkas ini tidak diubah.</translation>
    </message>
    <message>
        <source>{path} is a database of another program, not a Kerjasama Desk register. Choose another file; this one was left untouched.</source>
        <translation>{path} adalah basis data program lain, bukan register Kerjasama Desk. Pilih berkas lain; berkas ini tidak diubah.</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be read ({detail}). It was left untouched. Open another register or a backup copy.</source>
        <translation>{path} rusak dan tidak dapat dibaca ({detail}). Berkas tidak diubah. Buka register lain atau salinan cadangan.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Kerjasama Desk (register version {found}; this app knows up to {known}). Install the newer app; the file was left untouched.</source>
        <translation>{path} ditulis oleh versi Kerjasama Desk yang lebih baru (versi register {found}; aplikasi ini mengenal sampai {known}). Pasang aplikasi yang lebih baru; berkas tidak diubah.</translation>
    </message>
    <message>
        <source>{path} cannot be written: the file or its folder is read-only. Copy it to a folder you can write to, or ask for write permission. The file was left untouched.</source>
        <translation>{path} tidak dapat ditulisi: berkas atau foldernya hanya-baca. Salin ke folder yang dapat ditulisi, atau minta izin menulis. Berkas tidak diubah.</translation>
    </message>
    <message>
        <source>{path} is open in another Kerjasama Desk (process {holder}). Close it there, then try again; nothing was changed.</source>
        <translation>{path} sedang dibuka di Kerjasama Desk lain (proses {holder}). Tutup di sana, lalu coba lagi; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The register file {path} was replaced or moved by another program while it was open here. Nothing was saved into the old file. Open the register again (File → Open register…) to work on it as it is now.</source>
        <translation>Berkas register {path} diganti atau dipindahkan oleh program lain selama terbuka di sini. Tidak ada yang disimpan ke berkas lama. Buka register itu lagi (Berkas → Buka register…) untuk bekerja pada keadaannya sekarang.</translation>
    </message>
    <message>
        <source>{path} is an empty file, not a register; nothing was written to it. Choose a register, or give the name of a file that does not exist yet to start a new one.</source>
        <translation>{path} adalah berkas kosong, bukan register; tidak ada yang ditulis ke dalamnya. Pilih sebuah register, atau beri nama berkas yang belum ada untuk memulai register baru.</translation>
    </message>
    <message>
        <source>The folder of {path} does not exist. Choose an existing folder.</source>
        <translation>Folder untuk {path} tidak ada. Pilih folder yang ada.</translation>
    </message>
    <message>
        <source>{name} is {size} MB; an attachment can be at most {limit} MB. Attach a smaller file (a scan at a lower resolution, or the document split in parts).</source>
        <translation>{name} berukuran {size} MB; lampiran paling besar {limit} MB. Lampirkan berkas yang lebih kecil (pindaian beresolusi lebih rendah, atau dokumen yang dipecah menjadi beberapa bagian).</translation>
    </message>
    <message>
        <source>{name} cannot be read ({detail}). Check the file and try again; nothing was attached.</source>
        <translation>{name} tidak dapat dibaca ({detail}). Periksa berkasnya lalu coba lagi; tidak ada yang dilampirkan.</translation>
    </message>
    <message>
        <source>The file of “{name}” is missing or damaged in the data folder ({path}). Import it again from a .kdx that holds it, or attach the original again.</source>
        <translation>Berkas “{name}” hilang atau rusak di folder data ({path}). Impor lagi dari .kdx yang memuatnya, atau lampirkan berkas aslinya lagi.</translation>
    </message>
    <message>
        <source>{path} is a register of an older version ({found}; this app uses {known}) and must be upgraded before it can be shown, which cannot be done where it is read-only. Copy it to a folder you can write to and open the copy. The file was left untouched.</source>
        <translation>{path} adalah register versi lama ({found}; aplikasi ini memakai {known}) dan harus dimutakhirkan sebelum dapat ditampilkan, yang tidak dapat dilakukan di tempat yang hanya-baca. Salin ke folder yang dapat Anda tulisi lalu buka salinannya. Berkas tidak diubah.</translation>
    </message>
    <message>
        <source>{path} has changes in its journal file ({path}-wal) that cannot be read where the folder is read-only. Copy the register together with its -wal file to a folder you can write to and open the copy. The files were left untouched.</source>
        <translation>{path} memiliki perubahan dalam berkas jurnalnya ({path}-wal) yang tidak dapat dibaca di folder yang hanya-baca. Salin register bersama berkas -wal-nya ke folder yang dapat Anda tulisi lalu buka salinannya. Berkas tidak diubah.</translation>
    </message>
</context>
</TS>
