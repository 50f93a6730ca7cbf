/** The add-in's host errors in Bahasa Indonesia: what went wrong in Excel, and what the user can do. */
import type { HostErrorParams, HostErrorTexts, PickedProblem } from "../errors";

const count = (n: string | number) => Number(n).toLocaleString("id-ID");
const damagedBecause = (why: string) => `berkas .xlsx rusak (${why}); simpan ulang dari Excel lalu pilih lagi`;

/** Why a picked workbook is refused. */
const refused: Record<PickedProblem, (p: HostErrorParams) => string> = {
  "too-big": () => "lebih dari 100 MB, terlalu besar untuk sebuah buku kerja LKE",
  ole: () => "formatnya .xls lama atau berkasnya berkata sandi; buka di Excel, simpan sebagai .xlsx tanpa kata sandi, lalu pilih lagi",
  "not-zip": () => "bukan berkas .xlsx yang sah",
  truncated: () => "berkas .xlsx rusak atau terpotong; simpan ulang dari Excel lalu pilih lagi",
  "too-many-entries": () => "berisi terlalu banyak bagian untuk sebuah buku kerja LKE",
  "too-large": () => "isinya lebih dari 400 MB bila dibuka, terlalu besar untuk sebuah buku kerja LKE",
  bomb: () => "berkas tampak seperti bom zip (isinya membengkak ratusan kali bila dibuka)",
  xml: (p) => damagedBecause(`bagian ${p.part} bukan XML yang utuh`),
  dtd: (p) => damagedBecause(`bagian ${p.part} memuat deklarasi DTD atau entitas, yang tidak pernah ditulis Excel`),
  "too-deep": (p) => damagedBecause(`bagian ${p.part} bersarang lebih dari ${p.limit} tingkat`),
  "too-long": (p) => damagedBecause(`bagian ${p.part} memuat teks atau atribut lebih dari ${count(p.limit)} karakter`),
  "missing-shared-strings": () => damagedBecause("sel-selnya merujuk ke tabel teks bersama yang tidak ada di berkas"),
  "cell-out-of-range": (p) => `lembar "${p.sheet}" memuat sel di ${p.cell}, melewati baris terakhir (1.048.576) atau kolom terakhir (XFD) Excel, jadi berkasnya rusak`,
  "merge-too-large": (p) => `lembar "${p.sheet}" menggabungkan ${p.range}, lebih dari ${count(p.limit)} sel, batas LKE untuk satu area gabungan; pisahkan gabungannya di Excel lalu pilih lagi`,
  "too-many-cells": (p) => `buku kerja berisi lebih dari ${count(p.limit)} sel, batas LKE untuk sebuah buku kerja`,
  damaged: () => "berkas .xlsx rusak dan tidak dapat dibaca; simpan ulang dari Excel lalu pilih lagi",
};

export const id: HostErrorTexts = {
  notInExcel: () => "LKE hanya berjalan di dalam Excel. Buka panel ini dari tab Beranda → LKE → Buka LKE.",
  requirement: (p) =>
    `Versi Excel ini tidak mendukung ${p.set} ${p.version} yang dibutuhkan LKE. Perbarui Microsoft 365/Office, atau pakai Excel di web.`,
  cellEdit: () => "Excel sedang dalam mode edit sel. Tekan Enter atau Esc untuk menyelesaikan isian sel, lalu coba lagi.",
  payload: () =>
    "Permintaan ke Excel terlalu besar (Excel di web membatasi 5 MB per permintaan). Pindahkan lembar yang tidak perlu ke buku kerja lain, atau jalankan di Excel desktop. Tidak ada yang ditulis.",
  rangeTooLarge: () =>
    "Excel menolak membaca atau menulis rentang sebesar ini, bahkan dalam potongan kecil. Hapus baris atau kolom kosong yang terpakai di ujung lembar (Ctrl+End menunjukkan ujungnya), lalu coba lagi. Tidak ada yang ditulis.",
  protectedSheet: (p) =>
    `Lembar ${p.sheets} diproteksi, jadi LKE tidak dapat menulis ke sana. Buka proteksinya (Tinjau → Buka Proteksi Lembar), lalu coba lagi. Tidak ada yang ditulis.`,
  protectedWorkbook: () =>
    "Struktur buku kerja diproteksi, padahal LKE perlu menambah atau menghapus lembar. Buka proteksinya (Tinjau → Proteksi Buku Kerja), lalu coba lagi. Tidak ada yang ditulis.",
  sheetExists: (p) =>
    `Sudah ada lembar "${p.sheet}" yang tidak dibuat oleh LKE; LKE tidak menimpanya. Ganti nama lembar itu, lalu coba lagi. Tidak ada yang ditulis.`,
  invalidPlan: (p) => `Rencana penulisan tidak sah (${p.reason}). Tidak ada yang ditulis.`,
  scheme: (p) => `Skema di lembar "${p.sheet}" tidak sah: ${p.reason}`,
  layoutProfile: (p) => `Profil tata letak ${p.source} tidak sah: ${p.reason}`,
  stateSheetTaken: (p) =>
    `Lembar "${p.sheet}" memakai nama tempat LKE menyimpan catatannya sendiri, tetapi bukan buatan LKE; LKE tidak pernah menyembunyikan atau menimpa lembar yang bukan buatannya, jadi tidak ada yang dikerjakan. Ganti nama lembar itu, lalu coba lagi.`,
  unitNameReserved: (p) => `Nama unit "${p.unit}" adalah nama lembar catatan LKE sendiri; pakai nama lain.`,
  pickedFile: (p) => `Berkas "${p.file}" tidak dapat dibaca sebagai .xlsx (${p.reason}); simpan ulang dari Excel lalu pilih lagi. Tidak ada yang ditulis.`,
  pickedFileRefused: (p) => `Berkas "${p.file}" ditolak: ${refused[p.problem as PickedProblem]?.(p) ?? p.problem}. Tidak ada yang ditulis.`,
  summaryUnavailable: () => "Penyusun ringkasan belum tersedia di versi LKE ini.",
  accessDenied: () =>
    "Excel menolak akses: lembar atau buku kerja mungkin diproteksi atau sedang dipakai bersama. Periksa proteksinya, lalu coba lagi. Bila sebagian sudah ditulis, pakai Batalkan.",
  excel: (p) => `Excel menolak perintah: ${p.detail}${p.code ? ` [${p.code}]` : ""}`,
};
