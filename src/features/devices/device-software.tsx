import { Link } from 'react-router';
import type { DeviceResource } from '../../api';
import { Badge } from '../../components/badge/badge';
import { KeyValue } from '../../components/key-value/key-value';
import { restartPolicyLabel } from '../../lib/labels';
import { paths } from '../../lib/paths';
import { ReonboardButton } from './reonboard-button';
import styles from './device-details.module.css';

const present = (ok: boolean, yes = 'Installed', no = 'Missing') => (
  <Badge tone={ok ? 'success' : 'danger'} variant="subtle">
    {ok ? yes : no}
  </Badge>
);

/** What deployments rely on being on the device: the shared ROS master, platform images, bridge libraries, $PATH. */
export function DeviceSoftware({ device }: { device: DeviceResource }) {
  const { status, spec } = device;
  const master = status.rosMaster;
  const owner = master && status.deployments.find((d) => d.guid === master.ownerDeployment);
  const libraries = status.bridgeLibraries;
  const docker = spec.runtimes.includes('docker');
  const missing = (docker && !status.platformImages) || !libraries.compression || !libraries.transport || !libraries.actionlib;
  return (
    <>
      <section className={styles.section} aria-labelledby="device-ros-master">
        <h3 id="device-ros-master">Shared ROS master</h3>
        {master ? (
          <>
            <KeyValue
              columns={2}
              items={[
                {
                  label: 'Owner deployment',
                  value: <Link to={paths.deployment.href(master.ownerDeployment)}>{owner?.name ?? master.ownerDeployment}</Link>,
                },
                { label: 'Restart policy', value: restartPolicyLabel(master.restart) },
                { label: 'ROS master', value: present(master.running, 'Running', 'Not running') },
              ]}
            />
            <p className={styles.note}>
              Every deployment on this device shares this ROS master, with the restart policy of the first deployment on it.
            </p>
          </>
        ) : (
          <p className={styles.muted}>No ROS master runs here; the first ROS deployment on the device starts one.</p>
        )}
      </section>

      <section className={styles.section} aria-labelledby="device-platform">
        <h3 id="device-platform">Platform software</h3>
        <KeyValue
          columns={2}
          items={[
            ...(docker
              ? [{ label: 'rapyuta.io docker images', value: present(status.platformImages, 'Present') }]
              : []),
            { label: 'Compression library', value: present(libraries.compression) },
            { label: 'Transport libraries', value: present(libraries.transport) },
            { label: 'Python actionlib/msgs', value: present(libraries.actionlib) },
          ]}
        />
        {missing && (
          <p className={styles.note}>Deployments that need the missing software fail on this device: re-onboard the device.</p>
        )}
        <div className={styles.actions}>
          <ReonboardButton device={device} />
          <p className={styles.note}>
            Re-onboarding reinstalls the cloud bridge libraries and the platform images; the device reboots, and its deployments follow their restart policies.
          </p>
        </div>
      </section>

      {spec.runtimes.includes('preinstalled') && (
        <section className={styles.section} aria-labelledby="device-path">
          <h3 id="device-path">Commands in $PATH</h3>
          <ul className={styles.chips}>
            {status.pathCommands.map((command) => (
              <li key={command} className={`${styles.chip} mono`}>
                {command}
              </li>
            ))}
          </ul>
          <p className={styles.note}>A preinstalled component whose executable is missing from $PATH fails to start or restart.</p>
        </section>
      )}
    </>
  );
}
