import { Link } from 'react-router';
import { useDevices, type DeploymentResource, type DeviceResource } from '../../../api';
import { paths } from '../../../lib/paths';
import { restartPolicyLabel } from '../../../lib/labels';
import { restartPolicyRows } from './details-model';
import styles from './details-tab.module.css';

type RosMaster = NonNullable<DeviceResource['status']['rosMaster']>;

function rosMastersOf(devices: readonly DeviceResource[] | undefined): Map<string, RosMaster> {
  const masters = new Map<string, RosMaster>();
  for (const device of devices ?? []) if (device.status.rosMaster) masters.set(device.metadata.guid, device.status.rosMaster);
  return masters;
}

/** Names of the deployments placed on devices, to name a ROS master's owner rather than show its id. */
function deploymentNamesOf(devices: readonly DeviceResource[] | undefined): Map<string, string> {
  return new Map((devices ?? []).flatMap((device) => device.status.deployments.map((d) => [d.guid, d.name] as const)));
}

/** Each device component's restart policy, and the shared ROS master's when it differs (guide: exception 2). */
export function RestartPolicies({ deployment }: { deployment: DeploymentResource }) {
  const devices = useDevices();
  const rows = restartPolicyRows(deployment, rosMastersOf(devices.data?.items));
  const names = deploymentNamesOf(devices.data?.items);
  if (rows.length === 0) return <p className={styles.muted}>Cloud components restart automatically when they stop.</p>;
  return (
    <ul className={styles.policies}>
      {rows.map((row) => (
        <li key={row.component}>
          <span className={styles.policyName}>{row.component}</span>
          {row.device && <span className={styles.muted}> on {row.device}</span>}: <strong>{restartPolicyLabel(row.policy)}</strong>
          {row.rosMaster && (
            <p className={styles.exception}>
              The ROS master on {row.device} is shared and keeps the policy of the first deployment on the device,{' '}
              <Link to={paths.deployment.href(row.rosMaster.ownerDeployment)}>
                {names.get(row.rosMaster.ownerDeployment) ?? row.rosMaster.ownerDeployment}
              </Link>:{' '}
              <strong>{restartPolicyLabel(row.rosMaster.policy)}</strong>.
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
