/** Dates as the bureau's documents write them: the day, the month's name, the year. */
import type { Lang } from "./number";

type MonthNames = readonly [string, string, string, string, string, string, string, string, string, string, string, string];

const monthNames: Record<Lang, MonthNames> = {
  id: ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"],
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
};

/** "1 Desember 2026" / "1 December 2026", from the date's local calendar fields (the day the user sees). */
export function longDate(date: Date, lang: Lang): string {
  return `${date.getDate()} ${monthNames[lang][date.getMonth()]} ${date.getFullYear()}`;
}
