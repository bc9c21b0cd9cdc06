// Every lazy chunk loads through here. A tab left open across a deploy asks for chunk names the new
// site no longer has; rather than a button that silently does nothing, the page says what happened
// and offers a reload (what the coach typed is kept: each page stores it as it goes).

const noticeClass = "site-updated";

function showUpdatedNotice(): void {
  if (document.querySelector(`.${noticeClass}`)) return; // one notice, however many chunks failed
  const notice = document.createElement("div");
  notice.className = noticeClass;
  notice.setAttribute("role", "alert");
  const text = document.createElement("p");
  text.textContent =
    "This site was updated while the page was open, so part of it could not load. Reload the page to carry on.";
  const reload = document.createElement("button");
  reload.type = "button";
  reload.textContent = "Reload";
  reload.addEventListener("click", () => window.location.reload());
  notice.append(text, reload);
  (document.querySelector("main") ?? document.body).prepend(notice);
  reload.focus();
}

/** Loads a chunk (`() => import("./x.ts")`); when it fails, shows the notice and rejects as before. */
export function loadChunk<T>(load: () => Promise<T>): Promise<T> {
  return load().catch((error: unknown) => {
    showUpdatedNotice();
    throw error;
  });
}
