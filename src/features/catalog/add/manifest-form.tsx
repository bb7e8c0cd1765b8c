import { useMemo, useState, type FormEvent } from 'react';
import { usePermission, type PackageResource } from '../../../api';
import { useCreatePackage } from '../../../api/packages/mutations';
import { ActionButton } from '../../../components/action-button/action-button';
import { Button } from '../../../components/button/button';
import { EXAMPLE_MANIFEST } from '../manifest/example-manifest';
import { checkManifest, lineOfPath, type ManifestProblem } from '../manifest/manifest';
import { ManifestEditor } from './manifest-editor';
import { serverProblems } from './server-problems';
import styles from './add-package.module.css';

export interface ManifestFormProps {
  /** Owned by the page, so the text survives switching to the form tab and back. */
  text: string;
  onTextChange: (text: string) => void;
  onCreated: (pkg: PackageResource) => void;
}

interface Refusal {
  /** The text that was refused; once it changes, the refusal no longer applies. */
  text: string;
  problems: ManifestProblem[];
  general?: string;
}

// One free-text field whose validity is a parse: checking it is a pure function of the text, so it lives in plain
// state and is re-checked on every change once the operator has tried to submit.
export function ManifestForm({ text, onTextChange, onCreated }: ManifestFormProps) {
  const create = useCreatePackage();
  const permission = usePermission();
  const [submitted, setSubmitted] = useState(false);
  const [refusal, setRefusal] = useState<Refusal>();
  const check = useMemo(() => checkManifest(text), [text]);
  const current = refusal?.text === text ? refusal : undefined;
  const problems = current ? current.problems : submitted && !check.ok ? check.problems : [];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    setRefusal(undefined);
    if (!check.ok) return;
    create.mutate(check.body, {
      onSuccess: onCreated,
      onError: (error) => {
        const found = serverProblems(error, () => true);
        setRefusal({
          text,
          problems: found.fields.map((f) => ({ line: lineOfPath(text, f.path), path: f.path, message: f.message })),
          ...(found.general ? { general: found.general } : {}),
        });
      },
    });
  };

  const insertExample = () => {
    setSubmitted(false);
    setRefusal(undefined);
    onTextChange(EXAMPLE_MANIFEST);
  };

  return (
    <form className={styles.form} onSubmit={submit} noValidate>
      <div className={styles.manifestTools}>
        <p className={styles.muted}>Paste the package as YAML or JSON. Problems are shown at their line before anything is sent.</p>
        <Button size="sm" onClick={insertExample}>
          Insert example
        </Button>
      </div>
      <ManifestEditor value={text} onChange={onTextChange} problems={problems} />
      {current?.general && (
        <div role="alert" className={styles.alert}>
          {current.general}
        </div>
      )}
      <div className={styles.submit}>
        <ActionButton type="submit" variant="primary" busy={create.isPending} availability={permission}>
          Add package
        </ActionButton>
      </div>
    </form>
  );
}
