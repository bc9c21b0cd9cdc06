// Saves text the page made (a CSV, a backup, a map file) as a download. Nothing is sent anywhere.

export function downloadText(fileName: string, text: string, type: string): void {
  const link = document.createElement("a");
  link.href = URL.createObjectURL(new Blob([text], { type }));
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The address must outlive the click that starts the download.
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
