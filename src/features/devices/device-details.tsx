import { Link } from 'react-router';
import type { DeviceResource } from '../../api';
import { exportDocuments } from '../../api/manifests/exports';
import { ExportManifestButton } from '../../components/export-manifest/export-manifest-button';
import { manifestFileName } from '../../components/export-manifest/manifest-file-name';
import { KeyValue } from '../../components/key-value/key-value';
import { RelativeTime } from '../../components/time/relative-time';
import { architectureLabel, rosDistroLabel } from '../../lib/labels';
import { paths } from '../../lib/paths';
import { runtimesText } from './device-columns';
import { DeviceLastSeen } from './device-last-seen';
import { DeviceSoftware } from './device-software';
import { deviceState } from './device-state';
import { DeviceStatusBadge } from './device-status-badge';
import styles from './device-details.module.css';

/** Everything the platform knows about one device, in the order an operator checks it before deploying. */
export function DeviceDetails({ device }: { device: DeviceResource }) {
  const { spec, status } = device;
  const labels = Object.entries(device.metadata.labels);
  return (
    <div className={styles.body}>
      <div>
        <ExportManifestButton fileName={manifestFileName(device.metadata.name)} documents={() => exportDocuments('Device', device.metadata.name)} />
      </div>
      <KeyValue
        columns={2}
        items={[
          { label: 'Status', value: <DeviceStatusBadge state={deviceState(device)} /> },
          { label: 'Last seen', value: <DeviceLastSeen device={device} /> },
          { label: 'Architecture', value: architectureLabel(spec.architecture) },
          { label: 'Runtime', value: runtimesText(device) },
          { label: 'ROS distro', value: spec.rosDistro ? rosDistroLabel(spec.rosDistro) : 'None' },
          { label: 'Python', value: spec.pythonVersion },
          { label: 'Booted', value: <RelativeTime value={status.bootedAt} /> },
          ...(status.rebootingUntil ? [{ label: 'Back online', value: <RelativeTime value={status.rebootingUntil} /> }] : []),
        ]}
      />

      <section className={styles.section} aria-labelledby="device-labels">
        <h3 id="device-labels">Labels</h3>
        {labels.length === 0 ? (
          <p className={styles.muted}>No labels.</p>
        ) : (
          <ul className={styles.chips}>
            {labels.map(([key, value]) => (
              <li key={key} className={styles.chip}>
                {key}={value}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className={styles.section} aria-labelledby="device-interfaces">
        <h3 id="device-interfaces">Network interfaces</h3>
        <ul className={styles.chips}>
          {spec.networkInterfaces.map((name) => (
            <li key={name} className={`${styles.chip} mono`}>
              {name}
            </li>
          ))}
        </ul>
      </section>

      <section className={styles.section} aria-labelledby="device-deployments">
        <h3 id="device-deployments">Deployments on this device</h3>
        {status.deployments.length === 0 ? (
          <p className={styles.muted}>Nothing is deployed here. Deploy a package from the Catalog and choose this device.</p>
        ) : (
          <ul className={styles.list}>
            {status.deployments.map((d) => (
              <li key={d.guid}>
                <Link to={paths.deployment.href(d.guid)}>{d.name}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      <DeviceSoftware device={device} />
    </div>
  );
}
