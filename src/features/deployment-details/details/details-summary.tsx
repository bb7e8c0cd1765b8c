import type { DeploymentResource } from '../../../api';
import { StatusBadge } from '../../../components/badge/status-badge';
import { KeyValue } from '../../../components/key-value/key-value';
import { knownStatus } from './details-model';
import { RestartPolicies } from './restart-policies';

function RoutedNetwork({ deployment }: { deployment: DeploymentResource }) {
  const [network] = deployment.status.dependencies.networks;
  if (!network) return <>None</>;
  const status = knownStatus(network.status);
  return (
    <>
      {network.name} {status ? <StatusBadge status={status} variant="subtle" /> : network.status}
    </>
  );
}

/** Generation, restarts, network and restart policies: the numbers an operator checks first. */
export function DetailsSummary({ deployment }: { deployment: DeploymentResource }) {
  return (
    <KeyValue
      columns={4}
      items={[
        { label: 'Deployment Generation', value: deployment.metadata.generation },
        { label: 'Restart Count', value: deployment.status.restartCount },
        { label: 'Routed Network', value: <RoutedNetwork deployment={deployment} /> },
        { label: 'Restart Policy', value: <RestartPolicies deployment={deployment} /> },
      ]}
    />
  );
}
