import { useId, useState, type DragEvent } from 'react';
import { Button } from '../../components/button/button';
import { Field } from '../../components/field/field';
import type { ManifestSource } from './manifest-documents';
import styles from './apply-manifests.module.css';

export interface ManifestSourcesProps {
  text: string;
  onTextChange: (text: string) => void;
  files: readonly ManifestSource[];
  onFilesChange: (files: ManifestSource[]) => void;
}

const readAll = (list: FileList | null) => Promise.all([...(list ?? [])].map(async (file) => ({ name: file.name, text: await file.text() })));

/** The `Manifests` text box and `Upload manifest files` (chosen or dropped), YAML or JSON, many documents each. */
export function ManifestSources({ text, onTextChange, files, onFilesChange }: ManifestSourcesProps) {
  const inputId = useId();
  const [dragging, setDragging] = useState(false);
  const add = async (list: FileList | null) => {
    const read = await readAll(list);
    // A file chosen again replaces the copy read before.
    onFilesChange([...files.filter((f) => !read.some((r) => r.name === f.name)), ...read]);
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void add(event.dataTransfer.files);
  };

  return (
    <div className={styles.sources}>
      <Field label="Manifests" hint="Documents the rapyuta.io CLI applies (rio apply), in YAML or JSON, separated by ---.">
        {(control) => (
          <textarea {...control} className={styles.text} value={text} onChange={(e) => onTextChange(e.target.value)} rows={14} wrap="off" spellCheck={false} autoComplete="off" />
        )}
      </Field>
      <div
        className={styles.drop}
        data-dragging={dragging || undefined}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
      >
        <label htmlFor={inputId} className={styles.dropLabel}>
          Upload manifest files
        </label>
        <span className={styles.hint}>Choose or drop .yaml, .yml or .json files.</span>
        <input
          id={inputId}
          className={styles.file}
          type="file"
          multiple
          accept=".yaml,.yml,.json,application/json,application/yaml,text/yaml"
          onChange={(event) => {
            const input = event.currentTarget;
            void add(input.files).then(() => (input.value = ''));
          }}
        />
        {files.length > 0 && (
          <ul className={styles.files} aria-label="Manifest files">
            {files.map((file) => (
              <li key={file.name}>
                <span>{file.name}</span>
                <Button size="sm" variant="ghost" icon="x" aria-label={`Remove ${file.name}`} onClick={() => onFilesChange(files.filter((f) => f !== file))} />
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
