/**
 * Task pane entry point (placeholder): renders the heading while the real UI is built.
 */

function render(root: HTMLElement): void {
  const heading = document.createElement("h1");
  heading.textContent = "LKE";
  const status = document.createElement("p");
  status.id = "status";
  status.textContent = "Memuat…";
  root.replaceChildren(heading, status);
}

Office.onReady(() => {
  const root = document.getElementById("app");
  if (root) render(root);
});

export {};
