// Handing a file the page holds to the browser's download (logs, a kept save): a link to an object URL, clicked.

export function saveFile(file: { name: string; content: string | Blob }): void {
  const blob = typeof file.content === 'string' ? new Blob([file.content], { type: 'text/plain;charset=utf-8' }) : file.content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled; revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
