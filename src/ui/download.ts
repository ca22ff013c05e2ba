// Offering bytes to the user as a file: a temporary object URL behind a link with a download name.
export function downloadFile(name: string, data: Blob): void {
  const url = URL.createObjectURL(data);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the browser has had the chance to start the download.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** `text` made safe and short for a file name: letters, digits and dashes. */
export function fileNamePart(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'run';
}
