import { useState } from 'react';
import { useDeployments } from '../../api';
import { EmptyState } from '../../components/empty-state/empty-state';
import { ErrorState } from '../../components/error-state/error-state';
import { TextField } from '../../components/field/field';
import { Loading } from '../../components/loading/loading';
import { canTakeFaults } from './deployment-faults';
import { DeploymentFaultForm } from './deployment-fault-form';
import { Section } from './section';
import { DEPLOYMENT_CHOICES } from './deployment-choices';
import styles from './fault-panel.module.css';

/** `Inject a fault`: faults aimed at a deployment's component rather than one executable or a device. */
export function FaultPanel() {
  const [search, setSearch] = useState('');
  const deployments = useDeployments({ ...DEPLOYMENT_CHOICES, search: search.trim() || undefined });
  const choices = deployments.data?.items.filter(canTakeFaults) ?? [];
  // Only a fleet larger than one page needs narrowing down.
  const narrow = Boolean(search) || (deployments.data ? deployments.data.metadata.total > deployments.data.items.length : false);

  return (
    <Section
      title="Inject a fault"
      description="Stage a cloud-bridge conflict, a platform part that stops or a missing image. Warnings come from Link conditions."
      actions={
        narrow && (
          <div className={styles.search}>
            <TextField label="Find a deployment" hideLabel type="search" placeholder="Find a deployment" value={search} onChange={(e) => setSearch(e.target.value)} />
          </div>
        )
      }
    >
      {deployments.isPending ? (
        <Loading label="Loading deployments" rows={2} />
      ) : deployments.data === undefined ? (
        <ErrorState title="Could not load deployments" error={deployments.error} onRetry={() => void deployments.refetch()} />
      ) : choices.length === 0 ? (
        <EmptyState title="No running deployment to aim at" description="Deploy a package, or start a scenario with deployments." />
      ) : (
        <DeploymentFaultForm deployments={choices} />
      )}
    </Section>
  );
}
