/** Saves a file the pane holds (an .xlsx as base64 or bytes) through the browser's download. */
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Starts a download of `data` named `filename`. */
export function downloadFile(data: string | Uint8Array | ArrayBuffer, filename: string): void {
  const bytes =
    typeof data === "string" ? Uint8Array.from(atob(data), (c) => c.charCodeAt(0)) : data;
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: XLSX }));
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}
