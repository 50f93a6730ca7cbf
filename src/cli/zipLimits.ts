/** The zip limits live in src/xlsx, shared with the task pane; the command line imports them from here. */
export { inspectZip, zipLimits, type ZipVerdict } from "../xlsx/zipLimits";
