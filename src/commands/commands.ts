/**
 * Ribbon command handlers (placeholder). The id passed to Office.actions.associate must equal
 * the FunctionName of the ExecuteFunction button in manifest.xml.
 */

function hitungPredikat(event: Office.AddinCommands.Event): void {
  event.completed();
}

Office.onReady(() => {
  Office.actions.associate("hitungPredikat", hitungPredikat);
});

export {};
