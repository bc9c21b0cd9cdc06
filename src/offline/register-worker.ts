// Registers the service worker (src/offline/service-worker.ts) on every page of a production build, and
// announces a new version: "A new version is ready" with a Reload button. Nothing reloads until the
// reader presses it, so nobody loses what they are typing; other open tabs keep their page.
const reloadButtonText = "Reload";

function announce(waiting: ServiceWorker): void {
  if (document.querySelector(".update-bar")) return;
  const bar = document.createElement("div");
  bar.className = "update-bar no-print";
  bar.setAttribute("role", "status");
  const words = document.createElement("span");
  words.textContent = "A new version is ready: reload to use it. What you have saved stays.";
  const button = document.createElement("button");
  button.type = "button";
  button.textContent = reloadButtonText;
  button.addEventListener("click", () => {
    button.disabled = true;
    // Only the tab whose reader asked reloads when the new worker takes over.
    navigator.serviceWorker.addEventListener("controllerchange", () => location.reload(), { once: true });
    waiting.postMessage({ type: "skip-waiting" });
  });
  bar.append(words, " ", button);
  document.body.append(bar);
}

/** Announces `registration`'s waiting worker once it has finished installing (there is a current one). */
function watchForUpdates(registration: ServiceWorkerRegistration | undefined): void {
  if (!registration) return; // some automation answers a blocked registration with nothing
  if (registration.waiting && navigator.serviceWorker.controller) announce(registration.waiting);
  registration.addEventListener("updatefound", () => {
    const installing = registration.installing;
    installing?.addEventListener("statechange", () => {
      if (installing.state === "installed" && navigator.serviceWorker.controller) announce(installing);
    });
  });
}

if ("serviceWorker" in navigator) {
  navigator.serviceWorker.register("/sw.js").then(watchForUpdates, (error: unknown) => {
    // The site still works online; only offline use is lost. Say so in the console, not to the reader.
    console.info("Offline use is not available in this browser:", error);
  });
}
