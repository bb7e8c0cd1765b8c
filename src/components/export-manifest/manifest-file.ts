// Documents written as one YAML file the CLI applies as it is: one document each, separated by `---`.
import { stringify } from 'yaml';

export function manifestFile(documents: readonly unknown[]): string {
  return documents.map((doc) => stringify(doc, { lineWidth: 0 })).join('---\n');
}

/** Hands the text to the browser as a download. */
export function download(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/yaml' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The click has started the download by the time the next task runs.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
