/**
 * One input of `lke summary` as a reading thread answers for it: what `readForRecap` gives,
 * as plain data, or the user's problem with the file in both languages (a refusal's words are
 * chosen when printed, and a function cannot cross threads), or LKE's own fault.
 */
import { plainRecapFile, revivedRecapFile, type Lang, type PlainRecapFile } from "../../core";
import { CliError } from "../cliError";
import { asCliError } from "../refusalText";
import type { ReadForRecap } from "../readForRecap";

export type RecapReply =
  | { ok: true; value: Omit<ReadForRecap, "recap"> & { recap: PlainRecapFile } }
  | { ok: false; texts: Record<Lang, string>; exitCode: 1 | 2 }
  | { fault: { message: string; stack?: string } };

export function recapReply(read: ReadForRecap): RecapReply {
  return { ok: true, value: { ...read, recap: plainRecapFile(read.recap) } };
}

export function failureReply(thrown: unknown): RecapReply {
  const error = asCliError(thrown);
  if (error instanceof CliError) return { ok: false, texts: { id: error.text("id"), en: error.text("en") }, exitCode: error.exitCode };
  const fault = error instanceof Error ? error : new Error(String(error));
  return { fault: { message: fault.message, stack: fault.stack } };
}

/** The reply as the summary's loop takes it: a value, or a CliError for the file; LKE's fault is thrown. */
export function fromReply(reply: RecapReply): { ok: true; value: ReadForRecap } | { ok: false; error: CliError } {
  if ("fault" in reply) {
    const fault = new Error(reply.fault.message);
    if (reply.fault.stack) fault.stack = reply.fault.stack;
    throw fault;
  }
  if (!reply.ok) {
    const { texts } = reply;
    return { ok: false, error: new CliError((_, lang) => texts[lang], reply.exitCode) };
  }
  return { ok: true, value: { ...reply.value, recap: revivedRecapFile(reply.value.recap) } };
}
