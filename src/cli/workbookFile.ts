/** Reading and writing .xlsx files safely: clear messages for bad input, atomic writes. */
import ExcelJS from "exceljs";
import * as fs from "node:fs";
import * as path from "node:path";
import { CliError } from "./cliError";

/** Refused before reading: larger files are not evaluation workbooks and would exhaust memory. */
export const maxInputBytes = 100 * 1024 * 1024;

const zipMagic = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const oleMagic = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

export async function readWorkbook(file: string): Promise<ExcelJS.Workbook> {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new CliError(`${file}: berkas tidak ditemukan / file not found.`);
  }
  if (stat.isDirectory()) throw new CliError(`${file}: ini folder, bukan berkas .xlsx / this is a folder, not an .xlsx file.`);
  if (stat.size > maxInputBytes) {
    throw new CliError(`${file}: berkas terlalu besar (${Math.round(stat.size / 1048576)} MB; batas ${maxInputBytes / 1048576} MB) / file too large.`);
  }
  const head = Buffer.alloc(4);
  const fd = fs.openSync(file, "r");
  try {
    fs.readSync(fd, head, 0, 4, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (head.equals(oleMagic)) {
    throw new CliError(
      `${file}: berkas terproteksi kata sandi atau format .xls lama; buka di Excel, hapus kata sandi / simpan sebagai .xlsx, lalu coba lagi / password-protected or old .xls file: save it as .xlsx without a password.`,
    );
  }
  if (!head.equals(zipMagic)) throw new CliError(`${file}: bukan berkas .xlsx yang sah / not a valid .xlsx file.`);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new CliError(`${file}: berkas .xlsx rusak atau terpotong (${reason}); simpan ulang dari Excel / damaged or truncated .xlsx file.`);
  }
  return workbook;
}

/** Writes to a temporary file beside the target, then renames: a failure never leaves half a file. */
export async function writeWorkbook(workbook: ExcelJS.Workbook, file: string): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await workbook.xlsx.writeFile(temp);
    fs.renameSync(temp, file);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError(`${file}: gagal menulis berkas (${reason}) / could not write the file.`);
  }
}

/** "data/Lamongan.xlsx" -> "data/Lamongan.dinilai.xlsx". */
export function besideWithSuffix(file: string, suffix: string): string {
  const ext = path.extname(file);
  return path.join(path.dirname(file), `${path.basename(file, ext)}.${suffix}${ext || ".xlsx"}`);
}

export function sameFile(a: string, b: string): boolean {
  return path.resolve(a) === path.resolve(b);
}
