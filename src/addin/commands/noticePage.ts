/** The dialog Hitung Predikat opens: shows its notice as text, and closes on the button. */
import { readNoticeQuery } from "./notice";

function render(): void {
  const notice = readNoticeQuery(window.location.search);
  const title = document.getElementById("title")!;
  const list = document.getElementById("lines")!;
  const button = document.getElementById("close") as HTMLButtonElement;
  if (!notice) return;
  title.textContent = notice.title;
  for (const line of notice.lines) {
    const item = document.createElement("li");
    item.textContent = line;
    list.appendChild(item);
  }
  button.textContent = notice.close;
  button.addEventListener("click", () => Office.context.ui.messageParent("close"));
  button.focus();
}

Office.onReady(render);
