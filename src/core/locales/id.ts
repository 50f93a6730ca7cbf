/** The core's texts in Bahasa Indonesia: findings (what is wrong, the value at fault, and how to fix it), the recap and report sheets, schema checks. */
import type { FindingMessages, FindingTitles } from "../messages/types";
import type { SummaryLabels } from "../summary/labels";
import type { CoreTexts } from "./types";
import { formatNumber, formatValue, formatWeight } from "../messages/number";

const q = (text: string | number) => `“${formatValue(text, "id")}”`;
const n = (value: number) => formatNumber(value, "id");
const short = (text: string, max = 70) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

const nouns = { component: "Komponen", subcomponent: "Sub-komponen", criterion: "Kriteria" } as const;
const columns = { code: "Kode", weight: "Bobot", answer: "Jawaban" } as const;

const seemings: Record<string, string> = { empty: "kosong", table: "tabel tanpa judul kolom evaluasi", "partial-form": "ada judul kolom evaluasi, tetapi tanpa kolom Jawaban beserta kolom Nilai-nya", hidden: "lembar tersembunyi" };
const lookedAt = (sheets: string, seemed: string) => {
  const kinds = seemed.split(" | ");
  return sheets ? sheets.split(" | ").map((name, i) => `${name} (${seemings[kinds[i]] ?? kinds[i]})`).join("; ") : "tidak ada";
};

const titles: FindingTitles = {
  "missing-header-role": "Kolom wajib tidak ada",
  "unknown-scheme": "Skema tidak dikenal",
  "scheme-inferred": "Skema ditentukan LKE",
  "scheme-overridden": "Skema lembar diganti",
  "error-value": "Sel berisi galat",
  "malformed-code": "Kode tidak dikenali",
  "duplicate-code": "Kode ganda",
  "orphan-row": "Baris tanpa induk",
  "weight-missing": "Bobot kosong",
  "weight-not-number": "Bobot bukan angka",
  "number-stored-as-text": "Angka tersimpan sebagai teks",
  "weight-differs-from-scheme": "Bobot berbeda dari skema",
  "weight-differs-from-regulation": "Bobot berbeda dari peraturan",
  "answers-differ": "Jawaban unit dan evaluator berbeda",
  "weights-do-not-add-up": "Jumlah bobot tidak sesuai",
  "not-in-scheme": "Tidak ada dalam skema",
  "missing-from-sheet": "Tidak ada di lembar",
  "answer-not-on-scale": "Jawaban di luar pilihan",
  "answer-not-expected": "Jawaban di baris yang tidak dinilai",
  unanswered: "Belum dijawab",
  "no-criteria": "Sub-komponen tanpa kriteria",
  "score-cell-mismatch": "Sel nilai tidak sesuai",
  "output-cell-merged": "Sel keluaran tergabung",
  "stale-score": "Nilai lama tertinggal",
  "grade-needs-probes": "Nilai tidak didukung kriteria",
  "needs-existence": "Kualitas tanpa keberadaan",
  "evidence-unanswered": "Bukti dukung belum dijawab",
  "layout-weights-do-not-add-up": "Bobot tidak lagi berjumlah benar",
  "formula-typed-over": "Rumus tertimpa ketikan",
  "formula-broken": "Rumus rusak",
  "formula-inconsistent": "Rumus berbeda dari tetangganya",
  "answer-type-unknown": "Jenis jawaban tidak dikenal rumus",
  "answer-not-in-choices": "Jawaban di luar pilihan baris",
  "answer-not-in-list": "Jawaban di luar daftar pilihan",
  "formula-range-mixes-levels": "Rentang mencampur tingkat",
  "gating-missing": "Aturan kerangka logis hilang",
  "index-without-predicate": "Tidak ada skala predikat untuk indeks ini",
  "form-weight-differs-from-regulation": "Bobot berbeda dari peraturan",
  "form-maximum-differs-from-regulation": "Nilai maksimum berbeda dari peraturan",
  "predicate-differs-from-regulation": "Predikat berbeda dari peraturan",
  "answer-value-differs-from-regulation": "Nilai jawaban berbeda dari peraturan",
  "no-evaluation-sheet": "Tidak ada lembar evaluasi",
  "formula-missing": "Rumus tidak ada",
};

const messages: FindingMessages = {
  "missing-header-role": (p) =>
    p.headerRow > 0
      ? `Baris judul (baris ${p.headerRow}) tidak memuat kolom ${q(p.header)}. Tambahkan judul kolom ${q(p.header)} di baris itu (judul yang diterima: ${p.accepted}).`
      : `Lembar ini menyebut Skema, tetapi baris judulnya tidak ditemukan: tidak ada kolom ${q(p.header)} di 30 baris pertama. Buat baris judul berisi Kode, Uraian, Bobot, Jawaban dan Nilai (untuk kolom ini diterima: ${p.accepted}).`,
  "unknown-scheme": (p) => {
    const fix =
      p.source === "option"
        ? `Pilih salah satu skema yang dikenal saat menjalankan LKE: ${p.known}.`
        : p.source === "sheet"
          ? `Ganti isi sel Skema dengan salah satu skema yang dikenal: ${p.known}.`
          : `Tulis “Skema” di atas baris judul dan salah satu skema yang dikenal di sebelah kanannya: ${p.known}.`;
    return `Skema ${q(p.scheme)} tidak dikenal, sehingga lembar ini tidak dapat dinilai. ${fix}`;
  },
  "scheme-inferred": (p) =>
    `Lembar ini tidak menyebut Skema, jadi LKE memakai ${q(p.scheme)} (${p.name}). Untuk menetapkannya sendiri, tulis “Skema” di sebuah sel di atas baris judul dan ${q(p.scheme)} (atau skema lain) di sel sebelah kanannya.`,
  "scheme-overridden": (p) =>
    `Lembar ini menyebut Skema ${q(p.sheetScheme)}, tetapi dinilai dengan ${q(p.scheme)} yang dipilih saat menjalankan LKE. Jika ${q(p.scheme)} memang benar, ganti isi sel ini menjadi ${q(p.scheme)} agar lembar menyebut skema yang menilainya.`,
  "error-value": (p) =>
    `Sel ${columns[p.column]}${p.code ? ` ${p.code}` : ""} berisi galat ${p.value}. Perbaiki rumusnya (mungkin merujuk sel yang terhapus atau salah) atau ketik nilainya langsung.`,
  "malformed-code": (p) =>
    `Kode ${q(p.value)} tidak dikenali, sehingga baris ini diabaikan. Tulis kode komponen (1), sub-komponen (1.a) atau kriteria (1.a.1), atau kosongkan sel ini untuk baris teks biasa.`,
  "duplicate-code": (p) =>
    `Kode ${q(p.code)} sudah dipakai di ${p.first}, sehingga baris ini diabaikan. Perbaiki kodenya: setiap kode hanya boleh muncul sekali dalam satu lembar.`,
  "orphan-row": (p) =>
    p.kind === "criterion"
      ? `Kriteria ${q(p.code)} tidak berada di bawah sub-komponen ${p.parent}, sehingga diabaikan. Tambahkan baris sub-komponen ${p.parent} di atasnya, atau perbaiki kodenya.`
      : `Sub-komponen ${q(p.code)} tidak berada di bawah komponen ${p.parent}, sehingga diabaikan. Tambahkan baris komponen ${p.parent} di atasnya, atau perbaiki kodenya.`,
  "weight-missing": (p) =>
    p.source === "scheme"
      ? `Bobot ${p.code} kosong; LKE memakai bobot dari skema, ${formatWeight(p.used, p.units, "id")}. Isi bobotnya di sel ini.`
      : `Bobot ${p.code} kosong dan skema tidak menetapkannya, sehingga baris ini berbobot 0. Isi bobotnya di sel ini.`,
  "weight-not-number": (p) =>
    `Bobot ${p.code} berisi ${q(p.value)}, bukan angka; LKE memakai ${p.source === "scheme" ? `bobot dari skema, ${formatWeight(p.used, p.units, "id")}` : "0"}. Ketik bobotnya sebagai angka, misalnya ${p.units === "fraction" ? "6%" : "6"}.`,
  "number-stored-as-text": (p) =>
    `${columns[p.column]} ${p.code} ${q(p.value)} tersimpan sebagai teks. LKE membacanya sebagai ${n(p.number)}, tetapi rumus Excel mengabaikannya; ketik ulang sebagai angka.`,
  "weight-differs-from-scheme": (p) => {
    const sheet = formatWeight(p.weight, p.units, "id");
    const scheme = formatWeight(p.schemeWeight, p.units, "id");
    return `Bobot ${p.code} di lembar ini ${sheet}, sedangkan skema ${p.scheme} menetapkan ${scheme}. LKE menghitung dengan bobot lembar; jika ini salah ketik, ubah menjadi ${scheme}.`;
  },
  "answers-differ": (p) =>
    `${p.code}: penilaian mandiri unit ${p.self ? q(p.self) : "kosong"}, evaluator ${p.evaluator ? q(p.evaluator) : "kosong"}. Jawaban evaluator yang dihitung; bahas selisih ini dengan unit.`,
  "weight-differs-from-regulation": (p) => {
    const sheet = formatWeight(p.weight, p.units, "id");
    const scheme = formatWeight(p.schemeWeight, p.units, "id");
    return `Bobot ${p.code} di lembar ini ${sheet}, sedangkan peraturan (skema ${p.scheme}) menetapkan ${scheme}; dengan bobot ini nilai akhirnya bukan lagi nilai ${p.scheme}. Ubah menjadi ${scheme}, atau, bila bobot ini memang disengaja, pakai skema kustom (Skema: custom).`;
  },
  "weights-do-not-add-up": (p) => {
    const total = formatWeight(p.total, p.units, "id");
    const expected = formatWeight(p.expected, p.units, "id");
    return p.level === "components"
      ? `Jumlah bobot komponen ${total}, seharusnya ${expected}, sehingga nilai akhir tidak berskala 0–100 dan predikatnya tidak dapat dipercaya. Periksa bobot setiap komponen.`
      : `Jumlah bobot sub-komponen ${p.code} adalah ${total}, tidak sama dengan bobot komponennya, ${expected}. Perbaiki bobot sub-komponen atau bobot komponen ${p.code}.`;
  },
  "not-in-scheme": (p) =>
    `${nouns[p.kind]} ${p.code} tidak ada dalam skema ${p.scheme}. LKE tetap menilainya dengan bobot di lembar; periksa kodenya, atau pakai skema yang memuatnya.`,
  "missing-from-sheet": (p) =>
    `${nouns[p.kind]} ${p.code} (${short(p.name)}) dari skema ${p.scheme} tidak ada di lembar ini, sehingga dihitung 0. Tambahkan barisnya dengan kode ${p.code}.`,
  "answer-not-on-scale": (p) =>
    `Jawaban ${q(p.value)} untuk ${p.code} tidak termasuk pilihan, sehingga dihitung 0. Isi salah satu dari: ${p.allowed}.`,
  "answer-not-expected": (p) => {
    switch (p.where) {
      case "component":
        return `Baris komponen ${p.code} tidak menerima jawaban, tetapi berisi ${q(p.value)}. Nilai komponen adalah jumlah nilai sub-komponennya; kosongkan sel ini.`;
      case "free":
        return `Baris tanpa kode ini berisi jawaban ${q(p.value)} yang tidak dihitung. Beri baris ini kode kriteria (misalnya 1.a.1) atau kosongkan sel jawabannya.`;
      case "subcomponent":
        return `Dalam skema ${p.scheme}, sub-komponen ${p.code} dinilai dari jawaban kriterianya, sehingga ${q(p.value)} di baris ini tidak dihitung. Isi jawaban di baris kriteria dan kosongkan sel ini.`;
      case "criterion":
        return `Dalam skema ${p.scheme}, kriteria ${p.code} tidak menerima jawaban, sehingga ${q(p.value)} tidak dihitung. Kosongkan sel ini.`;
    }
  },
  unanswered: (p) =>
    p.value
      ? `${p.code} belum dijawab (${q(p.value)} hanya daftar pilihan), sehingga dihitung 0. Ganti dengan salah satu dari: ${p.allowed}.`
      : `${p.code} belum dijawab, sehingga dihitung 0. Isi salah satu dari: ${p.allowed}.`,
  "no-criteria": (p) =>
    `Dalam skema ${p.scheme}, sub-komponen ${p.code} dinilai dari kriterianya, tetapi tidak ada baris kriteria di bawahnya, sehingga bernilai 0. Tambahkan baris kriteria ${p.code}.1, ${p.code}.2, dan seterusnya beserta jawabannya.`,
  "score-cell-mismatch": (p) =>
    `Sel nilai ${p.code} berisi ${q(p.found)}, bukan hasil LKE (${q(p.expected)}, rumus ${p.formula}). Mungkin tertimpa ketikan atau rumusnya berubah; jalankan penilaian LKE lagi untuk menulis ulang sel ini.`,
  "output-cell-merged": (p) =>
    `Sel nilai ${p.cell} berada di dalam sel gabungan ${p.range}, sehingga LKE tidak dapat menulisnya tanpa menimpa isi sel gabungan itu. Pisahkan sel gabungan ${p.range} (Beranda > Gabungkan & Tengahkan > Pisahkan Sel), lalu jalankan penilaian lagi.`,
  "stale-score": (p) =>
    `${p.code} tidak memiliki jawaban yang sah, tetapi sel nilainya masih berisi ${n(p.value)} dari penilaian sebelumnya. Kosongkan sel nilai ini atau isi jawabannya.`,
  "grade-needs-probes": (p) =>
    `Nilai ${q(p.grade)} untuk ${p.code} berarti semua kriteria terpenuhi (syarat nilai ${p.minGrade} ke atas), tetapi hanya ${p.fulfilled} dari ${p.probes} kriteria yang dijawab terpenuhi (${n(p.percent)}%). Periksa kembali nilai ${p.code} atau jawaban kriterianya; LKE tetap memakai nilai evaluator.`,
  "needs-existence": (p) =>
    `${p.code} bernilai ${formatWeight(p.score, p.units, "id")} padahal ${p.requires} (keberadaan) bernilai 0. Kualitas dan pemanfaatan tidak dapat dinilai bila dokumennya tidak ada; periksa jawaban ${p.requires} dan ${p.code}.`,
  "evidence-unanswered": (p) =>
    p.value
      ? `${p.code}: “${short(p.item)}” belum dijawab (${q(p.value)} hanya daftar pilihan), sehingga dihitung 0. Ganti dengan salah satu dari: ${p.allowed}.`
      : `${p.code}: “${short(p.item)}” belum dijawab, sehingga dihitung 0. Isi salah satu dari: ${p.allowed}.`,
  "layout-weights-do-not-add-up": (p) =>
    p.level === "components"
      ? `Bobot komponen berjumlah ${n(p.found)}%, bukan ${n(p.expected)}%, sehingga nilai total tidak dari 100. Periksa bobot di lembar ini.`
      : p.level === "criteria"
        ? `Bobot kriteria ${p.code} berjumlah ${n(p.found)}%, bukan bobotnya ${n(p.expected)}%. Mungkin ada baris kriteria yang disisipkan di luar rentang rumus jumlahnya (atau jumlahnya tertimpa ketikan); perluas rumus JUMLAH KRITERIA ${p.code} agar mencakup semua kriteria.`
        : `Bobot bukti dukung ${p.code} berjumlah ${n(p.found)}%, bukan bobot kriterianya ${n(p.expected)}%. Mungkin ada baris bukti dukung yang disisipkan tanpa rumusnya, atau di luar rentang rumus jumlahnya; salin rumus baris di atasnya ke baris baru dan perluas rumus JUMLAH BUKTI DUKUNG ${p.code}.`,
  "formula-typed-over": (p) =>
    `Sel hasil ${p.code} ini berisi ketikan (${q(p.found)}) di tempat rumus buku kerja, sehingga tidak lagi mengikuti jawaban. LKE menulis kembali rumusnya: ${p.formula}.`,
  "formula-broken": (p) =>
    `Rumus ${p.code} di sel ini (${p.found}) tidak menghitung seperti tata letaknya (galat, atau rentang yang melewatkan baris). LKE menulis ulang menjadi ${p.formula}.`,
  "formula-missing": (p) =>
    `${p.code} tidak punya rumus di sel ini, sehingga jawaban yang seharusnya dijumlahkan di sini tidak dihitung (buku kerja menghitung 0). LKE tidak mengisi sel ini; masukkan rumus ${p.formula} (atau salin dari baris sejenis) agar jawabannya dihitung.`,
  "formula-inconsistent": (p) =>
    `Rumus Nilai ${p.assessment} di sel ini berbeda dari rumus di atas dan di bawahnya, yang sama satu sama lain: sel ini berisi ${p.found}, tetangganya ${p.neighbour}. Kemungkinan rumus ini membaca jawaban baris lain karena salin-tempel; salin rumus tetangganya ke sel ini.`,
  "answer-type-unknown": (p) =>
    `Jenis jawaban ${q(p.type)} tidak dikenal oleh rumus Nilai baris ini (${p.known}), sehingga baris ini tidak menghasilkan angka dan diam-diam keluar dari rata-rata indikatornya. Pilih salah satu jenis itu di sel ini.`,
  "answer-not-in-choices": (p) =>
    `${p.assessment}: jawaban ${q(p.answer)} bukan salah satu pilihan baris ini (${p.choices}), sehingga rumusnya tidak menilai seperti yang dimaksud. Pilih salah satu dari: ${p.choices}.`,
  "answer-not-in-list": (p) =>
    `${p.assessment}: jawaban ${q(p.answer)} tidak ada dalam daftar pilihan (dropdown) sel ini (${p.list}). Pilih salah satu dari: ${p.list}.`,
  "formula-range-mixes-levels": (p) =>
    `${p.assessment}: rumus Nilai ini (${p.found}) mengambil ${p.inner} bersama ${p.parts}, yang sudah dihitung oleh ${p.inner}: rentangnya mencampur tingkat, sehingga bagian itu terhitung dua kali dan saudara ${p.inner} bisa tertinggal. Buat rentangnya hanya mencakup baris satu tingkat.`,
  "gating-missing": (p) =>
    `${p.assessment}: rumus baris ini tidak memuat syarat kerangka logis yang dipakai ${p.other} di ${p.otherCell}, sehingga kedua penilaian menilai jawaban yang sama secara berbeda. Salin rumus bersyarat dari ${p.otherCell}, sesuaikan dengan kolom ini.`,
  "index-without-predicate": (p) =>
    `${p.assessment}: LKE tidak mengenal skala predikat untuk ${p.index} (untuk Zona Integritas hasilnya WBK/WBBM di atas nilai minimum yang belum dipastikan), sehingga nilai total dilaporkan tanpa predikat. Sebutkan skala dengan --scheme (mis. indeks-rb) bila ada yang berlaku.`,
  "form-weight-differs-from-regulation": (p) =>
    `Bobot ${p.code} ${short(p.name)} di buku kerja ini ${n(p.weight)}, sedangkan ${p.regulation} menetapkan ${n(p.regulationWeight)}. LKE melaporkan nilai menurut rumus buku kerja; bila bobot ini salah ketik, ubah menjadi ${n(p.regulationWeight)}.`,
  "form-maximum-differs-from-regulation": (p) =>
    `Bobot komponen buku kerja ini berjumlah ${n(p.maximum)}, sehingga nilai totalnya tidak dari ${n(p.regulationMaximum)} seperti ${p.regulation}. LKE melaporkan total menurut rumus buku kerja; periksa bobot setiap komponen.`,
  "predicate-differs-from-regulation": (p) =>
    `${p.assessment}: sel ini menulis predikat ${q(p.predicate)}, sedangkan untuk nilai ${n(p.total)} ${p.regulation} memberi ${q(p.regulationPredicate)}. LKE melaporkan predikat menurut peraturan; periksa rumus atau isi sel ini (batas antarpredikat, mis. apakah 80,00 itu A atau BB, biasanya letak perbedaannya).`,
  "answer-value-differs-from-regulation": (p) =>
    `${p.assessment}: rumus Nilai baris ini memberi jawaban ${q(p.answer)} (${p.type}) nilai ${n(p.value)}, sedangkan ${p.regulation} memberi ${n(p.regulationValue)}${p.rows > 1 ? `; ${p.rows} baris memakai rumus ini` : ""}. LKE melaporkan nilai menurut rumus buku kerja; bila ini tidak disengaja, perbaiki angka itu di rumusnya.`,
  "no-evaluation-sheet": (p) =>
    `LKE tidak menemukan lembar evaluasi di buku kerja ini, sehingga tidak ada yang diperiksa atau dinilai. Lembar yang diperiksa: ${lookedAt(p.sheets, p.seemed)}. Lembar evaluasi memiliki baris judul Kode/Uraian/Bobot/Jawaban/Nilai (format LKE), formulir KemenPANRB (Penilaian, Bobot, Pilihan Jawaban, Jawaban, Nilai), atau tata letak daerah yang dikenal (lke schemes).`,
};

/** The recap sheets (Ringkasan, Rincian, Rekap Indeks). */
const recap: SummaryLabels = {
  defaultTitle: "Rekapitulasi Hasil Evaluasi",
  year: "Tahun",
  // Not "Skema": that label would make the sheet look like an indicator sheet.
  scheme: "Skema penilaian",
  date: "Tanggal dibuat",
  unitCount: "Jumlah lembar",
  no: "No",
  unit: "Unit",
  total: "Nilai Akhir",
  predicate: "Predikat",
  rank: "Peringkat",
  errors: "Kesalahan",
  warnings: "Peringatan",
  file: "Berkas",
  sheet: "Lembar",
  average: "Rata-rata",
  highest: "Tertinggi",
  lowest: "Terendah",
  distribution: "Sebaran Predikat",
  componentAverages: "Rata-rata Nilai per Komponen",
  meaning: "Arti",
  count: "Jumlah",
  countSum: "Jumlah",
  previousTotal: "Nilai Tahun Lalu",
  previousPredicate: "Predikat Tahun Lalu",
  change: "Perubahan",
  rincianTitle: "Rincian Nilai per Sub-komponen",
  weight: "Bobot",
  subtotal: "Jumlah",
  legend: "Kode sub-komponen",
  indexTitle: "Rekapitulasi Indeks",
  note: "Catatan",
  scaleNotes: "Catatan skala",
  skippedFiles: "Berkas dilewati (tidak ada evaluasi yang dikenali)",
  confidence: {
    verified: "terverifikasi",
    sourced: "dari sumber sekunder, belum dicocokkan dengan peraturan",
    uncertain: "belum pasti, sebagian disimpulkan",
  },
  scaleNote: (label, confidence, source, note) => `${label}: batas predikat ${confidence}; periksa sebelum dipakai. Sumber: ${source}.${note ? ` ${note}` : ""}`,
  indexKinds: {
    sakip: { label: "Nilai SAKIP", predicateWord: "Predikat" },
    "indeks-rb": { label: "Indeks RB", predicateWord: "Predikat" },
    pekppp: { label: "Indeks PEKPPP", predicateWord: "Kategori" },
    merit: { label: "Sistem Merit", predicateWord: "Kategori" },
    berakhlak: { label: "Indeks BerAKHLAK", predicateWord: "Kategori" },
    mcp: { label: "MCP", predicateWord: "Kategori" },
  },
  meaningOf: (short) => `Arti ${short}`,
  outOfRange: (label, value, min, max) => `${label} ${value} di luar rentang ${min}–${max}`,
  notANumber: (label, text) => `${label} "${text}" bukan angka`,
  errorValue: (label, text) => `${label} berisi kesalahan ${text}`,
};

/** The evaluation report (LHE) sheets. */
const report = {
  title: "LAPORAN HASIL EVALUASI",
  unit: "Unit",
  year: "Tahun",
  scheme: "Skema",
  sheet: "Lembar",
  result: "Hasil evaluasi",
  total: "Nilai Akhir",
  predicate: "Predikat",
  selfTotal: "Nilai Akhir penilaian mandiri",
  selfPredicate: "Predikat penilaian mandiri",
  components: "Nilai per komponen",
  code: "Kode",
  component: "Komponen",
  weight: "Bobot",
  score: "Nilai",
  attained: "Capaian",
  bar: "Grafik",
  unmet: "Kriteria yang belum terpenuhi",
  text: "Uraian",
  answer: "Jawaban",
  noneUnmet: "Semua kriteria terpenuhi.",
  differences: "Selisih penilaian mandiri dan evaluator",
  self: "Penilaian mandiri",
  evaluator: "Evaluator",
  remarks: "Catatan dan rekomendasi",
  kind: "Jenis",
  note: "Catatan",
  recommendation: "Rekomendasi",
  page: "Halaman &P dari &N",
  recapTitle: "Kriteria yang paling sering belum terpenuhi",
  units: "Jumlah unit",
  which: "Unit",
};

/** The shape of every language's report texts: Bahasa Indonesia's. */
export type LheLabels = typeof report;

/** Checks a schema declares itself (zod's own texts come from its locales). */
const schemaIssues = {
  "id-pattern": "hanya huruf kecil, angka, dan tanda hubung, mis. sakip-2021",
};

export const id: CoreTexts = { titles, messages, recap, report, schemaIssues };
