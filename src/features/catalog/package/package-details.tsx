import { useMemo } from 'react';
import { Link, useNavigate } from 'react-router';
import { usePermission, type DeploymentResource, type PackageResource } from '../../../api';
import { exportDocuments } from '../../../api/manifests/exports';
import { ActionButton } from '../../../components/action-button/action-button';
import { ExportManifestButton } from '../../../components/export-manifest/export-manifest-button';
import { manifestFileName } from '../../../components/export-manifest/manifest-file-name';
import { configurationEntries } from '../../../components/configuration/configuration-entries';
import { ConfigurationSection } from '../../../components/configuration/configuration-section';
import { KeyValue } from '../../../components/key-value/key-value';
import { PageHeader } from '../../../components/page-header/page-header';
import { RelativeTime } from '../../../components/time/relative-time';
import { paths } from '../../../lib/paths';
import { ComponentsTable } from './components-table';
import { DeletePackage } from './delete-package';
import { ExecutableCard } from './executable-card';
import { ManifestView } from './manifest-view';
import { PackageDeployments } from './package-deployments';
import { componentRows, executableViews } from './package-view';
import styles from './package-page.module.css';

export interface PackageDetailsProps {
  pkg: PackageResource;
  /** Deployments using the package; `undefined` while loading. */
  users: readonly DeploymentResource[] | undefined;
  moreUsers: number;
  onRefused: () => void;
  onDeleted: (pkg: PackageResource) => void;
}

export function PackageDetails({ pkg, users, moreUsers, onRefused, onDeleted }: PackageDetailsProps) {
  const navigate = useNavigate();
  const permission = usePermission();
  const { metadata } = pkg;
  const components = useMemo(() => componentRows(pkg), [pkg]);
  const executables = useMemo(() => executableViews(pkg), [pkg]);
  const configuration = useMemo(() => {
    const several = pkg.spec.components.length > 1;
    return configurationEntries(pkg.spec.components.map((c) => ({ owner: several ? c.name : undefined, configuration: c.configuration })));
  }, [pkg]);
  const actions = (
    <>
      <ExportManifestButton fileName={manifestFileName(`${metadata.name}-${metadata.version}`)} documents={() => exportDocuments('Package', metadata.name, metadata.version)} />
      <DeletePackage pkg={pkg} users={users ?? []} onRefused={onRefused} onDeleted={onDeleted} />
      <ActionButton variant="primary" availability={permission} onClick={() => void navigate(paths.deployPackage.href(metadata.guid))}>
        Deploy package
      </ActionButton>
    </>
  );

  return (
    <>
      <PageHeader
        title={metadata.name}
        eyebrow={<Link to={paths.catalog.href()}>Catalog</Link>}
        description={metadata.description || 'No description.'}
        actions={actions}
      />
      <div className={styles.summary}>
        <KeyValue
          columns={4}
          items={[
            { label: 'Version', value: <code>{metadata.version}</code> },
            { label: 'Package ID', value: <code>{metadata.guid}</code> },
            { label: 'Created by', value: metadata.creator ?? '—' },
            { label: 'Created', value: metadata.createdAt ? <RelativeTime value={metadata.createdAt} /> : '—' },
          ]}
        />
      </div>
      <div className={styles.sections}>
        <ComponentsTable rows={components} />
        <section className={styles.section} aria-labelledby="package-executables">
          <h2 id="package-executables">Executables</h2>
          <div className={styles.cards}>
            {executables.map((executable) => (
              <ExecutableCard key={executable.key} packageId={metadata.guid} executable={executable} />
            ))}
          </div>
        </section>
        <ConfigurationSection entries={configuration} />
        <PackageDeployments deployments={users} more={moreUsers} />
        <ManifestView pkg={pkg} />
      </div>
    </>
  );
}
