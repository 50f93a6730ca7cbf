/** The command line's words in Bahasa Indonesia, the default language. */
import type { RewriteLoss } from "../../io/xlsx/patch/rewriteLosses";
import { patchProblemSaid, type PatchProblemTexts } from "./patchProblems";

const indonesianFormula = { array: "array", "data-table": "tabel data" } as const;

/** Why a workbook was not edited in place (src/cli/locales/patchProblems.ts). */
const patchProblems: PatchProblemTexts = {
  "not-zip": () => "berkas ini bukan paket zip",
  zip: ({ detail }) => `paket zip-nya: ${detail}`,
  "part-missing": ({ part }) => `bagian ${part} tidak ada`,
  "not-utf8": ({ part }) => `bagian ${part} tidak ditulis dalam UTF-8`,
  "no-workbook-part": () => "tidak ada bagian buku kerja",
  "strict-ooxml": () => "format Strict OOXML",
  "not-spreadsheetml": ({ part }) => `${part} bukan SpreadsheetML`,
  "no-root": ({ part, root }) => `${part} tidak memiliki <${root}>`,
  "namespace-prefix": ({ part }) => `${part} memakai awalan namespace`,
  "not-a-list": ({ part }) => `${part} bukan daftar`,
  "no-sheets-listed": () => "buku kerja tidak mencantumkan satu lembar pun",
  "no-styles-part": () => "buku kerja tidak memiliki bagian gaya (styles)",
  "styles-empty": () => "styles.xml kosong",
  "no-cell-styles": () => "styles.xml tidak memiliki gaya sel",
  "style-missing": ({ style }) => `sebuah sel memakai gaya ${style}, yang tidak ada di styles.xml`,
  "no-sheet-data": ({ part }) => `${part} tidak memiliki sel`,
  "row-without-number": () => "ada baris tanpa nomornya",
  "rows-out-of-order": () => "baris tidak berurutan",
  "cell-without-address": () => "ada sel tanpa alamatnya",
  "cells-out-of-order": () => "sel tidak berurutan",
  "no-worksheet-end": () => "lembar tidak memiliki </worksheet>",
  "formula-without-range": ({ formula }) => `rumus ${indonesianFormula[formula]} tanpa rentangnya`,
  "in-spanning-formula": ({ cell, formula, range }) => `${cell} adalah bagian dari rumus ${indonesianFormula[formula]} (${range})`,
  "shared-formula-twice": () => "dua induk untuk satu rumus bersama",
  "shared-formula-outside": () => "rumus bersama akan merujuk ke luar lembar",
  "not-storable-number": ({ value }) => `nilai ${value} bukan angka yang dapat disimpan Excel`,
  "deleting-sheets": () => "menghapus lembar",
  "sheet-missing": ({ sheet }) => `lembar "${sheet}" tidak ada di buku kerja`,
  "not-worksheet-part": ({ sheet }) => `lembar "${sheet}" bukan bagian lembar kerja`,
  "sheet-not-lkes": ({ sheet }) => `lembar "${sheet}" sudah ada dan bukan buatan LKE`,
  "sheet-has-parts": ({ sheet }) => `lembar "${sheet}" memiliki bagian sendiri`,
  "sheet-has-drawing": ({ sheet }) => (sheet === null ? "lembar sudah memiliki gambar (drawing)" : `lembar "${sheet}" sudah memiliki gambar (drawing)`),
  "new-sheet": ({ sheet }) => `lembar baru "${sheet}"`,
  "sheet-layout": ({ sheet, settings }) => `tata letak untuk lembar "${sheet}" (${settings.join(", ")})`,
  "number-format": ({ sheet }) => `format angka pada lembar "${sheet}"`,
  unexpected: ({ detail }) => `isi yang tidak terduga (${detail})`,
};

/** The help: option and command descriptions, exit codes. */
const help = {
  program: "LKE: periksa, nilai, dan rekap Lembar Kerja Evaluasi (SAKIP, RB) di berkas .xlsx",
  help: "tampilkan bantuan perintah ini",
  helpCommand: "tampilkan bantuan sebuah perintah",
  version: "tampilkan versi LKE",
  lang: "bahasa keluaran: id (Bahasa Indonesia) atau en (English)",
  json: "cetak satu dokumen JSON (untuk program lain)",
  verbose: "tampilkan juga kode aturan tiap temuan dan rincian teknis",
  scheme: "skema untuk semua lembar (lihat `lke schemes`)",
  schemeFile: "skema kustom dari berkas JSON",
  layout: "tata letak: profil daerah (mis. kke-trenggalek) atau lke (bawaan: dikenali otomatis)",
  layoutFile: "profil formulir sendiri (JSON, lihat `lke profile`)",
  profile: "buat draf profil formulir (JSON) dari sebuah buku kerja, untuk diperiksa dan disunting",
  profileInput: "berkas .xlsx berisi formulir",
  profileOutput: "tulis profil ke berkas JSON (bawaan: cetak di layar)",
  profileId: "id profil, huruf kecil dan tanda hubung",
  force: "ganti berkas keluaran yang sudah ada (tanpa ini LKE tidak pernah menimpanya)",
  inputs: "berkas .xlsx, folder, atau pola seperti data\\*.xlsx",
  check: "periksa lembar indikator: struktur, kode, bobot, dan setiap jawaban",
  score: "hitung nilai dan predikat di tempat, ke salinan berkas (<nama>.dinilai.xlsx)",
  scoreOutput: "berkas keluaran (bawaan: <nama>.dinilai.xlsx); dengan beberapa berkas: sebuah folder",
  values: "tulis nilai saja, tanpa rumus (untuk berkas yang dikirim final)",
  inPlace: "tulis ke berkas masukan itu sendiri, setelah membuat cadangan <nama>.backup.xlsx",
  summary: "buat rekap (Ringkasan, Rincian) dari satu atau banyak berkas",
  summaryOutput: "berkas rekap (.xlsx)",
  title: "judul rekap, mis. nama kabupaten",
  year: "tahun evaluasi",
  previous: "rekap atau berkas tahun lalu, untuk nilai tahun lalu dan perubahannya",
  template: "buat buku kerja LKE kosong, satu lembar per unit",
  report: "buat laporan hasil evaluasi (LHE) tiap unit, siap cetak A4, beserta lembar Rekomendasi",
  reportOutput: "berkas keluaran (bawaan: <nama>.lhe.xlsx)",
  templateScheme: "id skema, mis. sakip-2021 (lihat `lke schemes`)",
  templateOutput: "berkas keluaran (.xlsx)",
  units: "nama unit, dipisah koma",
  schemes: "daftar skema, skala jawaban, skala predikat, dan tata letak daerah",
  examples: "Contoh:",
  exitCodes: "Kode keluar:",
  exitCheck: "  0  tidak ada kesalahan\n  1  ada kesalahan di lembar (lihat daftar temuan)\n  2  ada berkas yang tidak terbaca, atau perintahnya salah",
  exitScore: "  0  dinilai, tanpa kesalahan\n  1  dinilai, tetapi ada kesalahan di lembar\n  2  ada berkas yang tidak terbaca atau tidak ditulis (mis. keluaran sudah ada), atau perintahnya salah",
  exitSummary: "  0  rekap ditulis, tanpa kesalahan\n  1  rekap ditulis, tetapi ada kesalahan (di lembar, atau unit yang sama di dua berkas)\n  2  ada berkas yang tidak terbaca, atau rekap tidak ditulis",
  exitOther: "  0  selesai\n  2  tidak selesai (lihat pesannya)",
  exitProfile: "  0  draf dibuat\n  1  formulir tidak dikenali (draf memakai judul bawaan)\n  2  berkas tidak terbaca atau tidak ditulis",
  exitReport: "  0  laporan ditulis\n  2  ada berkas yang tidak terbaca atau tidak ditulis, atau perintahnya salah",
  placeholders: { files: "berkas", file: "berkas", folderOrFile: "berkas", id: "id", lang: "bahasa", title: "judul", year: "tahun", names: "nama", scheme: "skema" },
  commanderTitles: { "Usage:": "Penggunaan:", "Options:": "Opsi:", "Arguments:": "Argumen:", "Commands:": "Perintah:", "Global Options:": "Opsi umum:" } as Record<string, string>,
};

export const id = {
  help,
  // Tables and counts
  unit: "Unit",
  sheet: "Lembar",
  file: "Berkas",
  total: "Nilai Akhir",
  predicate: "Predikat",
  findings: "Temuan",
  complete: "Lengkap",
  rank: "Peringkat",
  yes: "ya",
  no: "belum",
  severity: { error: "KESALAHAN", warning: "PERINGATAN", info: "CATATAN" },
  errors: "kesalahan",
  warnings: "peringatan",
  infos: "catatan",
  errorsTitle: "Kesalahan",
  warningsTitle: "Peringatan",
  written: "Ditulis",
  cellsWritten: "sel ditulis",
  noIndicator: "tidak ada lembar indikator (lembar LKE) di berkas ini",
  notScored: "belum dinilai",
  distribution: "Sebaran predikat",
  indices: "Rekap indeks",
  regenerated: "dibuat ulang",
  indexProblems: (n: number) => `${n} nilai indeks tanpa predikat (lihat kolom Catatan)`,
  unreadableMark: "TIDAK TERBACA",

  // Inputs
  noInputs: "sebutkan minimal satu berkas .xlsx, folder, atau pola seperti data\\*.xlsx.",
  noMatch: (pattern: string) => `${pattern}: tidak ada berkas .xlsx yang cocok dengan pola ini.`,
  emptyFolder: (folder: string) => `${folder}: folder ini tidak berisi berkas .xlsx.`,
  lockSkipped: (file: string) => `${file}: berkas kunci Excel (buku kerjanya sedang dibuka), dilewati.`,
  namedTwice: (file: string) => `${file}: disebut lebih dari sekali; dipakai sekali.`,
  fileFailed: (file: string) => `${file}: tidak terbaca, dilewati; berkas lain tetap diproses.`,

  // Reading a workbook
  notFound: (file: string) => `${file}: berkas tidak ditemukan. Periksa nama dan foldernya (tanda petik bila namanya berspasi).`,
  isFolder: (file: string) => `${file}: ini folder, bukan berkas .xlsx.`,
  notRegularFile: (file: string) => `${file}: ini bukan berkas biasa (perangkat atau pipa); LKE hanya membaca dan menulis berkas .xlsx.`,
  unreadableFile: (file: string) => `${file}: berkas tidak dapat dibuka (tidak ada izin baca, atau sedang dikunci program lain).`,
  tooLarge: (file: string, mb: number, limit: number) => `${file}: berkas terlalu besar (${mb} MB; batas ${limit} MB) untuk sebuah LKE.`,
  oldXls: (file: string) => `${file}: format .xls lama tidak didukung; buka di Excel lalu simpan sebagai .xlsx (Buku Kerja Excel).`,
  encrypted: (file: string) => `${file}: berkas terproteksi kata sandi; buka di Excel, hapus kata sandinya (File > Info > Proteksi Buku Kerja), simpan, lalu coba lagi.`,
  notZip: (file: string) => `${file}: bukan berkas .xlsx yang sah; buka di Excel lalu simpan sebagai .xlsx.`,
  truncated: (file: string) => `${file}: berkas .xlsx rusak atau terpotong; simpan ulang dari Excel, atau minta kiriman ulang.`,
  tooManyParts: (file: string, limit: number) => `${file}: paket berkas berisi lebih dari ${limit.toLocaleString("id-ID")} bagian, batas LKE untuk sebuah buku kerja; ditolak.`,
  unpacksTooLarge: (file: string, limitMb: number) => `${file}: isi berkas terurai menjadi lebih dari ${limitMb} MB, batas LKE untuk sebuah buku kerja; ditolak.`,
  zipBomb: (file: string, part: string, ratio: number) => `${file}: bagian ${part} terurai lebih dari ${ratio} kali ukuran terkemasnya, batas LKE (bom zip); ditolak.`,
  tooManyCells: (file: string, limit: number) => `${file}: buku kerja berisi lebih dari ${limit.toLocaleString("id-ID")} sel, batas LKE untuk sebuah buku kerja; ditolak.`,
  cellOutOfRange: (file: string, sheet: string, cell: string) =>
    `${file}: lembar "${sheet}" memuat sel di ${cell}, melewati baris terakhir (1.048.576) atau kolom terakhir (XFD) Excel; berkas rusak dan ditolak.`,
  mergeTooLarge: (file: string, sheet: string, range: string, limit: number) =>
    `${file}: lembar "${sheet}" menggabungkan ${range}, lebih dari ${limit.toLocaleString("id-ID")} sel, batas LKE untuk satu area gabungan; ditolak. Pisahkan gabungannya di Excel lalu coba lagi.`,
  foreignPackage: (file: string, kind: string) => `${file}: ini berkas ${kind} yang berakhiran .xlsx, bukan buku kerja Excel; simpan sebagai .xlsx (Buku Kerja Excel) lalu coba lagi.`,
  packageKinds: { ods: "OpenDocument (LibreOffice Calc, .ods)", xlsb: "Excel biner (.xlsb)", docx: "Word (.docx)", pptx: "PowerPoint (.pptx)", other: "zip lain" },
  damagedBecause: (file: string, why: string) => `${file}: berkas .xlsx rusak (${why}); buka di Excel, simpan ulang, lalu coba lagi.`,
  damage: {
    missingPart: (part: string) => `bagian ${part} tidak ada`,
    dangling: (source: string, target: string) => `${source} menunjuk ke ${target}, yang tidak ada di berkas`,
    sharedPart: (part: string, a: string, b: string) => `lembar "${a}" dan "${b}" memakai satu bagian yang sama, ${part}`,
    duplicateSheet: (sheet: string) => `dua lembar bernama "${sheet}"`,
    missingSharedStrings: "sel-selnya merujuk ke tabel teks bersama yang tidak ada di berkas",
    noSheets: "buku kerja tidak mencantumkan lembar apa pun",
    duplicatePart: (part: string) => `bagian ${part} ada dua kali`,
    method: (part: string, method: number) => `bagian ${part} dimampatkan dengan metode ${method}, yang tidak pernah ditulis Excel`,
    badXml: (part: string) => `bagian ${part} bukan XML yang utuh`,
    dtd: (part: string) => `bagian ${part} memuat deklarasi DTD atau entitas, yang tidak pernah ditulis Excel`,
    xmlTooDeep: (part: string, limit: number) => `bagian ${part} bersarang lebih dari ${limit} tingkat`,
    xmlTooLong: (part: string, limit: number) => `bagian ${part} memuat teks atau atribut lebih dari ${limit.toLocaleString("id-ID")} karakter`,
  },
  damaged: (file: string) => `${file}: berkas .xlsx rusak dan tidak dapat dibaca; buka di Excel, simpan ulang, lalu coba lagi.`,

  // Writing
  outputExists: (file: string) => `${file}: berkas ini sudah ada dan tidak ditimpa. Pilih nama lain dengan -o, atau tambahkan --timpa (--force) untuk menggantinya.`,
  outputIsInput: (file: string) => `${file}: ini berkas masukan itu sendiri; LKE tidak pernah menimpa berkas masukan. Pilih -o berkas lain, atau --in-place (dengan cadangan).`,
  outputIsFolder: (file: string) => `${file}: ini folder; sebutkan nama berkas .xlsx untuk -o.`,
  outputNotRegular: (file: string) => `${file}: ini bukan berkas biasa (perangkat atau pipa); LKE hanya menulis ke berkas .xlsx.`,
  outputFolderMissing: (file: string) => `${file}: folder tujuannya tidak ada; buat foldernya dulu atau pilih tempat lain.`,
  openInExcel: (file: string, lock: string) => `${file}: buku kerja ini sedang dibuka di Excel (ada berkas kunci ${lock}); tutup di Excel dulu, lalu coba lagi. Tidak ada yang ditulis.`,
  writeFailed: {
    ENOSPC: (file: string) => `${file}: disk penuh; kosongkan ruang lalu coba lagi. Berkas lama (bila ada) tetap utuh.`,
    EACCES: (file: string) => `${file}: tidak ada izin menulis di sini; pilih folder lain dengan -o.`,
    EPERM: (file: string) => `${file}: tidak dapat ditulis (tidak ada izin, atau berkasnya sedang dibuka di program lain); tutup berkasnya atau pilih nama lain.`,
    EBUSY: (file: string) => `${file}: berkas sedang dipakai program lain (mungkin Excel); tutup dulu, lalu coba lagi.`,
    EROFS: (file: string) => `${file}: disk ini hanya-baca; pilih folder lain dengan -o.`,
    ENAMETOOLONG: (file: string) => `${file}: nama berkas terlalu panjang; pilih nama yang lebih pendek.`,
    other: (file: string, code: string) => `${file}: berkas tidak dapat ditulis (${code}); berkas lama (bila ada) tetap utuh.`,
  },
  backupMade: (file: string) => `Cadangan berkas asli: ${file}`,
  inPlaceWithOutput: "--in-place dan -o tidak bisa dipakai bersama: --in-place menulis ke berkas masukan itu sendiri (setelah membuat cadangan).",
  outputForMany: (output: string) => `${output}: dengan beberapa berkas masukan, -o harus sebuah folder yang sudah ada (setiap hasil ditulis ke sana dengan nama <nama>.dinilai.xlsx).`,
  stateSheetTaken: (file: string, sheet: string) =>
    `${file}: lembar "${sheet}" memakai nama tempat LKE menyimpan catatannya sendiri, tetapi bukan buatan LKE; LKE tidak pernah menyembunyikan atau menimpa lembar yang bukan buatannya, jadi tidak ada yang dikerjakan. Ganti nama lembar itu di Excel lalu coba lagi.`,
  structureLocked: (file: string) =>
    `${file}: struktur buku kerja diproteksi (Tinjau > Proteksi Buku Kerja) dan penilaian menambahkan lembar catatan LKE yang tersembunyi; tidak ada yang ditulis. Buka proteksi strukturnya di Excel lalu coba lagi.`,
  unitNameReserved: (unit: string) => `--units: "${unit}" adalah nama tempat LKE menyimpan catatannya sendiri; pilih nama lain untuk unit itu.`,
  protectedSheets: (sheets: string) => `lembar terproteksi: ${sheets}; buka proteksinya di Excel (Tinjau > Buka Proteksi Lembar) lalu coba lagi. Tidak ada yang ditulis.`,
  rewritten: (file: string, parts: string) =>
    `peringatan: ${file} memuat isi yang tidak dapat disunting langsung, sehingga seluruh buku kerja ditulis ulang; bagian yang hilang: ${parts}.`,
  rewriteWouldLose: (file: string, what: string) =>
    `${file}: buku kerja ini memuat isi yang tidak dapat disunting langsung, dan menulis ulang seluruhnya akan menghilangkan sebagian isinya (${what}); tidak ada yang ditulis. Buka di Excel, simpan ulang, lalu coba lagi, atau nilai dengan panel tugas LKE di Excel.`,
  cannotWriteInto: (file: string, reason: string) =>
    `${file}: LKE dapat membaca buku kerja ini tetapi tidak dapat menulis ke dalamnya, juga tidak dapat menulis ulang seluruhnya; tidak ada yang ditulis. Buka di Excel, simpan ulang, lalu coba lagi, atau nilai dengan panel tugas LKE di Excel. Rincian teknis: ${reason}.`,
  rewriteDetail: (reason: string) => `rincian teknis: ${reason}`,
  patchProblem: patchProblemSaid(patchProblems),
  rewriteLoss: (loss: RewriteLoss) => {
    switch (loss.kind) {
      case "part":
        return loss.part;
      case "elements":
        return `"${loss.sheet}": ${loss.count} × ${loss.element}`;
      case "note":
        return `"${loss.sheet}": catatan ${loss.cell}`;
      case "unreadable":
        return "(buku kerja yang ditulis ulang tidak dapat dibaca kembali)";
    }
  },
  nothingLost: "tidak ada",

  // Options, schemes, layouts
  unknownLayout: (layout: string, known: string) => `--layout ${layout}: tata letak tidak dikenal; pilih salah satu: ${known}.`,
  layoutNotFound: (file: string, layout: string) => `${file}: tata letak ${layout} tidak ditemukan di buku kerja ini.`,
  invalidScheme: (source: string, issues: string) => `${source}: skema tidak sah:\n${issues}`,
  schemeFileUnreadable: (file: string) => `${file}: berkas skema tidak dapat dibaca; periksa nama dan foldernya.`,
  unknownScheme: (scheme: string, known: string) => `--scheme ${scheme}: skema tidak dikenal; pilih salah satu: ${known}.`,
  noUnits: "--units: sebutkan minimal satu unit, dipisah koma.",
  templateWritten: (file: string, sheets: number, scheme: string) => `${file}: ${sheets} lembar (${scheme})`,

  // Summary
  recapOwnInput: (file: string) => `${file}: berkas rekap (-o) tidak boleh salah satu berkas masukan; LKE tidak menimpa berkas masukan.`,
  nothingToSummarise: "tidak ada yang direkap: tidak satu pun berkas memiliki lembar indikator atau lembar Indeks; tidak ada berkas yang ditulis.",
  noIndicatorSkipped: (file: string) => `${file}: tidak ada lembar indikator (lembar LKE) maupun lembar Indeks; dilewati.`,
  sheetKept: (wanted: string, file: string, name: string) =>
    `Catatan: lembar "${wanted}" di ${file} bukan buatan LKE dan tidak ditimpa; lembar LKE ditulis sebagai "${name}".`,
  sheetsAdded: (file: string) => `Catatan: ${file} sudah ada dan bukan rekap LKE; lembar rekap ditambahkan, lembar lain tidak diubah.`,
  noChart: (reason: string) => `Catatan: grafik rekap tidak dibuat (${reason}); panel tugas LKE di Excel menambahkannya.`,
  recapWouldLose: (file: string, parts: string) =>
    `${file}: menulis rekap ke berkas ini akan menghilangkan bagiannya (${parts}); tidak ada yang ditulis. Pakai -o berkas baru.`,
  leftOut: {
    "scored-copy": (file: string, source: string) => `${file}: salinan bernilai dari ${source}, yang juga direkap; tidak dihitung dua kali.`,
    backup: (file: string, source: string) => `${file}: cadangan dari ${source}, yang juga direkap; tidak dihitung dua kali.`,
    recap: (file: string) => `${file}: rekap buatan LKE, bukan buku kerja unit; dilewati.`,
  },
  duplicateUnit: (unit: string, year: string, file: string, other: string) =>
    `kesalahan: unit "${unit}"${year ? ` tahun ${year}` : ""} ada di ${file} dan juga di ${other}; rekap memuatnya sekali (dari ${other}). Hapus salah satunya dari masukan, atau perbaiki nama unitnya.`,

  newUnit: (unit: string) => `Catatan: unit "${unit}" tidak ada di data tahun lalu (unit baru, atau namanya berubah?).`,
  goneUnit: (unit: string, file: string) => `Catatan: unit "${unit}" dari tahun lalu (${file}) tidak ada tahun ini (namanya berubah, atau tidak dikirim?).`,
  noPrevious: (file: string) => `${file}: tidak ada lembar Ringkasan rekap LKE maupun lembar indikator untuk dijadikan data tahun lalu.`,

  nothingToReport: (file: string) => `${file}: tidak ada lembar indikator yang dapat dinilai, jadi tidak ada laporan; tidak ada yang ditulis.`,
  reportOutputForMany: (output: string) => `${output}: -o hanya untuk satu berkas; tanpa -o setiap laporan ditulis sebagai <nama>.lhe.xlsx di samping berkasnya.`,

  layoutFileUnreadable: (file: string) => `${file}: berkas profil tidak dapat dibaca; periksa nama dan foldernya.`,
  invalidLayoutProfile: (source: string, reason: string) => `${source}: profil tata letak tidak sah: ${reason}`,
  profileIdInvalid: (id: string) => `--id ${id}: hanya huruf kecil, angka, dan tanda hubung, mis. lke-zi-2024.`,
  formNotRecognised: (file: string) => `${file}: formulir tidak dikenali; draf memakai judul kolom bawaan, sunting bagian "headers"-nya.`,

  // Program
  internalError: (message: string, version: string) =>
    `kesalahan internal LKE ${version} (bukan kesalahan Anda): ${message}. Berkas yang sedang diproses tidak ditulis. Laporkan ke pengelola LKE di instansi Anda beserta perintah yang dijalankan dan berkasnya.`,
};
