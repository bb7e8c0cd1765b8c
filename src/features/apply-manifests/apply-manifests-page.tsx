import { useState } from 'react';
import { usePermission } from '../../api';
import { useManifestGateway } from '../../api/manifests/manifest-gateway';
import { ActionButton } from '../../components/action-button/action-button';
import { Button } from '../../components/button/button';
import { PageHeader } from '../../components/page-header/page-header';
import type { ManifestSource } from './manifest-documents';
import { ApplyProgress } from './apply-progress';
import { PlanTable } from './plan-table';
import { ProblemList } from './problem-list';
import { ResultsTable } from './results-table';
import { useApplyManifests } from './use-apply-manifests';
import { ManifestSources } from './manifest-sources';
import styles from './apply-manifests.module.css';

export function ApplyManifestsPage() {
  const permission = usePermission();
  const { state, edited, preview, apply } = useApplyManifests(useManifestGateway());
  const [text, setText] = useState('');
  const [files, setFiles] = useState<ManifestSource[]>([]);
  const sources = [...(text.trim() ? [{ name: 'Manifests', text }] : []), ...files];
  const working = state.stage === 'working';

  return (
    <>
      <PageHeader title="Apply manifests" description="Create the packages, deployments, networks, volumes, devices and secrets that rapyuta.io manifests describe, as rio apply does." />
      <div className={styles.page}>
        <ManifestSources
          text={text}
          onTextChange={(t) => {
            setText(t);
            edited();
          }}
          files={files}
          onFilesChange={(f) => {
            setFiles(f);
            edited();
          }}
        />
        <div className={styles.actions}>
          <Button icon="layers" busy={working && state.step === 'checking'} onClick={() => preview(sources)}>
            Preview
          </Button>
          <ActionButton variant="primary" icon="play" availability={permission} busy={working} onClick={() => apply(sources)}>
            Apply
          </ActionButton>
        </div>
        {working && state.step === 'applying' && <ApplyProgress done={state.done} total={state.total} />}
        {state.stage === 'problems' && <ProblemList problems={state.problems} />}
        {state.stage === 'failed' && (
          <p role="alert" className={styles.failed}>
            Could not reach the platform: {state.message}
          </p>
        )}
        {state.stage === 'planned' && <PlanTable rows={state.plan.rows} />}
        {state.stage === 'applied' && <ResultsTable rows={state.results} />}
      </div>
    </>
  );
}
