import { useId, useRef, type UIEvent } from 'react';
import { Field } from '../../../components/field/field';
import type { ManifestProblem } from '../manifest/manifest';
import styles from './manifest-editor.module.css';

export interface ManifestEditorProps {
  value: string;
  onChange: (value: string) => void;
  problems: readonly ManifestProblem[];
}

function lineRange(text: string, line: number): [number, number] {
  const lines = text.split('\n');
  const start = lines.slice(0, line - 1).reduce((sum, l) => sum + l.length + 1, 0);
  return [start, start + (lines[line - 1]?.length ?? 0)];
}

/**
 * The `Manifest` text area with line numbers; lines with a problem are marked in the gutter, and each problem in
 * the list below moves the cursor to its line. The gutter is decoration: the list says the same in words.
 */
export function ManifestEditor({ value, onChange, problems }: ManifestEditorProps) {
  const listId = useId();
  const textRef = useRef<HTMLTextAreaElement>(null);
  const gutterRef = useRef<HTMLDivElement>(null);
  const lineCount = value.split('\n').length;
  const bad = new Set(problems.map((p) => p.line));

  const syncGutter = (event: UIEvent<HTMLTextAreaElement>) => {
    if (gutterRef.current) gutterRef.current.scrollTop = event.currentTarget.scrollTop;
  };

  const goToLine = (line: number) => {
    const text = textRef.current;
    if (!text) return;
    const [start, end] = lineRange(value, line);
    text.focus();
    text.setSelectionRange(start, end);
    const lineHeight = parseFloat(getComputedStyle(text).lineHeight) || 18;
    text.scrollTop = Math.max(0, (line - 3) * lineHeight);
  };

  const summary = problems.length === 0 ? undefined : problems.length === 1 ? 'Fix the problem listed below.' : `Fix the ${problems.length} problems listed below.`;

  return (
    <div className={styles.editorField}>
      <Field label="Manifest" error={summary} hint="The platform’s v2 package in YAML or JSON: metadata (name, version, description) and spec.components.">
        {(control) => (
          <div className={styles.editor}>
            <div ref={gutterRef} className={styles.gutter} aria-hidden="true">
              {Array.from({ length: lineCount }, (_, i) => (
                <span key={i} data-problem={bad.has(i + 1) || undefined}>
                  {i + 1}
                </span>
              ))}
            </div>
            <textarea
              {...control}
              aria-describedby={[control['aria-describedby'], problems.length > 0 ? listId : undefined].filter(Boolean).join(' ') || undefined}
              ref={textRef}
              className={styles.text}
              value={value}
              onChange={(event) => onChange(event.target.value)}
              onScroll={syncGutter}
              rows={22}
              wrap="off"
              spellCheck={false}
              autoCapitalize="off"
              autoComplete="off"
              placeholder="Paste a package manifest, or insert the example."
            />
          </div>
        )}
      </Field>
      {problems.length > 0 && (
        <ol id={listId} className={styles.problems} aria-label="Problems in the manifest">
          {problems.map((problem, index) => (
            <li key={index}>
              <button type="button" className={styles.lineButton} onClick={() => goToLine(problem.line)}>
                Line {problem.line}
              </button>
              <span>
                {problem.path && <code className={styles.path}>{problem.path}</code>} {problem.message}
              </span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
