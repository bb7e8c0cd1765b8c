import { useMemo, useState, type FormEvent } from 'react';
import { usePackages } from '../../api';
import { usePushBuild } from '../../api/simulator/builds';
import { Button } from '../../components/button/button';
import { Field } from '../../components/field/field';
import { Select } from '../../components/field/input';
import { PushBuildFields } from '../../components/push-build/push-build-fields';
import { usePushBuildForm } from '../../components/push-build/use-push-build-form';
import { useToast } from '../../components/toast/toast-context';
import { buildTargets, type BuildTargetOption } from './build-targets';
import { Section } from './section';
import styles from './push-build-section.module.css';

/** `Push a build`: a developer's new build of one image, with or without a defect, under a new or existing tag. */
export function PushBuildSection() {
  const packages = usePackages();
  const targets = useMemo(() => buildTargets(packages.data?.items ?? []), [packages.data]);
  return (
    <Section
      title="Push a build"
      description="A new build of a package's image in the simulated registry. Under an existing tag it replaces what the tag points to; deployments run it once they pull the tag again."
    >
      {targets.length > 0 ? <PushBuildForm targets={targets} /> : <p>{packages.isPending ? 'Loading the packages…' : 'No package has a docker image.'}</p>}
    </Section>
  );
}

function PushBuildForm({ targets }: { targets: BuildTargetOption[] }) {
  const [chosen, setChosen] = useState('');
  const target = targets.find((t) => t.value === chosen) ?? targets[0];
  const push = usePushBuild();
  const form = usePushBuildForm((body) => push.mutateAsync(body), target?.tags[0] ?? '');
  const { toast } = useToast();

  const choose = (value: string) => {
    setChosen(value);
    form.reset(targets.find((t) => t.value === value)?.tags[0] ?? '');
  };
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!target || !(await form.submit(target))) return;
    toast({ title: 'Build pushed', description: `${target.label}: ${form.values.tag.trim()}`, tone: 'success' });
    form.reset(form.values.tag.trim());
  };

  return (
    <form className={styles.form} noValidate onSubmit={(e) => void submit(e)}>
      <Field label="Image" hint="A docker executable of a package.">
        {(control) => (
          <Select {...control} value={target?.value ?? ''} onChange={(e) => choose(e.target.value)}>
            {targets.map((t) => (
              <option key={t.value} value={t.value}>
                {t.label}
              </option>
            ))}
          </Select>
        )}
      </Field>
      {/* Keyed by the image, so the tag suggestions follow it. */}
      <PushBuildFields key={target?.value} values={form.values} onChange={form.setValues} tags={target?.tags ?? []} errors={form.errors} />
      {form.general && (
        <p role="alert" className={styles.error}>
          {form.general}
        </p>
      )}
      <div>
        <Button type="submit" variant="primary" busy={push.isPending} disabled={!target}>
          Push
        </Button>
      </div>
    </form>
  );
}
