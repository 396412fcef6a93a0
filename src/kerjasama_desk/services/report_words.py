"""The words of the reports in Indonesian and English: the document's language, not the UI's."""

from __future__ import annotations

from kerjasama_desk.domain.vocab import (
    Term,
)

_WORDS: dict[str, Term] = {
    "dossier": Term("Berkas Serah Terima", "Handover dossier"),
    "agreement_dossier": Term("Berkas Perjanjian", "Agreement dossier"),
    "prepared": Term("Disusun {day}", "Prepared {day}"),
    "summary": Term("Ringkasan", "Summary"),
    "officer": Term("Petugas", "Officer"),
    "nip": Term("NIP", "NIP"),
    "position": Term("Jabatan", "Position"),
    "unit": Term("Unit kerja", "Unit"),
    "status": Term("Status", "Status"),
    "agreements_held": Term("Perjanjian yang dipegang", "Agreements held"),
    "open_commitments": Term("Komitmen terbuka", "Open commitments"),
    "overdue": Term("Lewat tenggat", "Overdue"),
    "handed_over": Term("Serah terima {day}", "Handed over on {day}"),
    "handed_to": Term("Diserahkan kepada", "Handed to"),
    "what": Term("Apa", "What"),
    "role_responsible": Term("penanggung jawab", "responsible officer"),
    "role_deputy": Term("wakil", "deputy"),
    "role_commitment": Term("pemegang komitmen", "owner of commitments"),
    "role": Term("Peran petugas", "The officer's role"),
    "kind": Term("Jenis", "Kind"),
    "stage": Term("Tahap", "Stage"),
    "our_number": Term("Nomor kita", "Our number"),
    "partner_number": Term("Nomor mitra", "Partner's number"),
    "initiated": Term("Prakarsa", "Initiated"),
    "signed": Term("Ditandatangani", "Signed"),
    "in_force": Term("Berlaku sejak", "In force from"),
    "expires": Term("Berakhir", "Expires"),
    "open_ended": Term("tanpa batas waktu", "open-ended"),
    "notice": Term("Batas pemberitahuan pengakhiran", "Last day for notice of termination"),
    "responsible": Term("Penanggung jawab", "Responsible officer"),
    "deputy": Term("Wakil", "Deputy"),
    "last_sign": Term("Tanda kehidupan terakhir", "Last sign of life"),
    "none": Term("—", "—"),
    "why": Term(
        "Mengapa mitra ini dan bagaimana dipilih", "Why this partner, and how it was chosen"
    ),
    "country": Term("Negara", "Country"),
    "level": Term("Tingkat", "Level"),
    "population": Term("Penduduk", "Population"),
    "characteristics": Term("Karakteristik", "Characteristics"),
    "partner_notes": Term("Catatan tentang mitra", "Notes on the partner"),
    "agreement_notes": Term("Catatan tentang perjanjian", "Notes on the agreement"),
    "fields": Term("Bidang kerja sama", "Cooperation fields"),
    "timeline": Term("Linimasa", "Timeline"),
    "date": Term("Tanggal", "Date"),
    "event": Term("Peristiwa", "Event"),
    "initiated_event": Term("Prakarsa", "Initiative"),
    "signed_event": Term("Penandatanganan", "Signing"),
    "expires_event": Term("Berakhir", "Expiry"),
    "activity_event": Term("Kegiatan", "Activity"),
    "silence": Term(
        "Tidak aktif {years} tahun: {start} sampai {end}.",
        "No activity for {years} years: {start} to {end}.",
    ),
    "no_events": Term("Belum ada peristiwa yang tercatat.", "No events recorded yet."),
    "documents": Term("Dokumen dan nomornya", "Documents and their numbers"),
    "file": Term("Berkas", "File"),
    "description": Term("Keterangan", "Description"),
    "added": Term("Ditambahkan", "Added"),
    "fingerprint": Term("Sidik (SHA-256)", "Fingerprint (SHA-256)"),
    "no_files": Term("Tidak ada berkas yang dilampirkan.", "No files attached."),
    "drafts": Term("Draf dokumen", "Drafts"),
    "title": Term("Judul", "Title"),
    "template": Term("Templat", "Template"),
    "versions": Term("Versi", "Versions"),
    "saved": Term("Terakhir disimpan", "Last saved"),
    "contacts": Term("Kontak di pihak mitra", "Partner contacts"),
    "person": Term("Nama", "Person"),
    "organisation": Term("Jabatan / organisasi", "Title / organisation"),
    "email": Term("Surel", "E-mail"),
    "phone": Term("Telepon", "Phone"),
    "languages": Term("Bahasa", "Languages"),
    "no_contacts": Term("Belum ada kontak yang tercatat.", "No contacts recorded."),
    "commitments": Term("Komitmen terbuka", "Open commitments"),
    "due": Term("Tenggat", "Due"),
    "owner": Term("Penanggung jawab", "Owner"),
    "late": Term("terlambat", "overdue"),
    "no_commitments": Term("Tidak ada komitmen terbuka.", "No open commitments."),
    "risks": Term("Risiko", "Risks"),
    "no_risks": Term(
        "Tidak ada risiko yang terlihat dari register.", "The register shows no risk."
    ),
    "risk_dormant": Term(
        "Tidak ada kegiatan sejak {day}: perjanjian ini tidak aktif.",
        "No activity since {day}: this agreement has gone quiet.",
    ),
    "risk_expired": Term(
        "Berakhir pada {day} tanpa perpanjangan tercatat.",
        "Expired on {day} with no renewal recorded.",
    ),
    "risk_expiring": Term("Berakhir pada {day}.", "Expires on {day}."),
    "risk_notice": Term(
        "Pemberitahuan pengakhiran atau perpanjangan paling lambat {day}.",
        "Notice of termination or renewal is due by {day}.",
    ),
    "risk_overdue": Term("{count} komitmen lewat tenggat.", "{count} commitment(s) overdue."),
    "risk_transferred": Term(
        "{count} komitmen terbuka masih dipegang petugas yang sudah dimutasi.",
        "{count} open commitment(s) still held by a transferred officer.",
    ),
    "risk_no_officer": Term("Tidak ada penanggung jawab.", "No responsible officer."),
    "next_steps": Term("Langkah berikutnya", "Next steps"),
    "step_commitment": Term("{day}: {what} ({owner}).", "{day}: {what} ({owner})."),
    "step_log": Term(
        "Catat kegiatan berikutnya; tanpa itu perjanjian tampak tidak aktif.",
        "Log the next activity; without one the agreement looks dormant.",
    ),
    "step_cycle": Term(
        "Tetapkan siklus tahunan (rencana aksi, sidang kelompok kerja bersama, "
        "laporan tahunan) sebagai komitmen.",
        "Record the annual cycle (plan of action, joint working group "
        "meeting, annual report) as commitments.",
    ),
    "step_decide": Term(
        "Putuskan perpanjangan atau pengakhiran sebelum {day}.",
        "Decide on renewal or ending before {day}.",
    ),
    "agreement": Term("Perjanjian", "Agreement"),
    "annual": Term(
        "Laporan Pelaksanaan Kerja Sama Luar Negeri Tahun {year}",
        "Report on the Implementation of Foreign Cooperation, {year}",
    ),
    "annual_subtitle": Term(
        "Untuk kepala daerah dan Kementerian Dalam Negeri · disusun {day}",
        "For the head of region and the Ministry of Home Affairs · prepared {day}",
    ),
    "annual_footer": Term("Laporan tahunan {year}", "Annual report {year}"),
    "agreements_reported": Term("Perjanjian yang berlaku", "Agreements in force"),
    "activities_year": Term("Kegiatan dalam tahun ini", "Activities in the year"),
    "commitments_done": Term("Komitmen selesai", "Commitments done"),
    "commitments_overdue": Term(
        "Komitmen lewat tenggat (akhir tahun)", "Commitments overdue (end of year)"
    ),
    "quiet_agreements": Term(
        "Perjanjian yang tidak aktif dalam tahun ini", "Agreements without activity in the year"
    ),
    "per_field": Term("Kegiatan per bidang", "Activities per field"),
    "field": Term("Bidang", "Field"),
    "no_field": Term("(lintas bidang)", "(several fields)"),
    "no_activities": Term(
        "Tidak ada kegiatan tercatat dalam tahun ini.", "No activity recorded in the year."
    ),
    "results": Term("Hasil", "Results"),
    "no_results": Term("Tidak ada hasil yang tercatat.", "No results recorded."),
    "obstacles": Term("Hambatan", "Obstacles"),
    "no_obstacles": Term("Tidak ada hambatan yang tercatat.", "No obstacles recorded."),
    "obstacle_quiet": Term("Tidak ada kegiatan dalam tahun ini.", "No activity in the year."),
    "obstacle_dropped": Term("Dibatalkan: {what} — {why}", "Dropped: {what} — {why}"),
    "follow_up": Term("Rencana tindak lanjut", "Follow-up plan"),
    "no_follow_up": Term(
        "Belum ada komitmen untuk tahun berikutnya: tetapkan siklus tahunan.",
        "No commitments for the next year yet: record the annual cycle.",
    ),
}


def word(key: str, language: str, **values: object) -> str:
    text = _WORDS[key].in_language(language)
    return text.format(**values) if values else text
