import { Link } from 'react-router';
import { isApiError } from '../../api';
import { ErrorState } from '../../components/error-state/error-state';
import { Loading } from '../../components/loading/loading';
import { PageHeader } from '../../components/page-header/page-header';
import { paths } from '../../lib/paths';
import { DeployForm } from './deploy-form';
import { useWizardWorld } from './use-wizard-world';
import styles from './deploy-wizard-page.module.css';

/** "Deploying A Package": name, labels, devices, routed network, dependencies, volumes, then create. */
export function DeployWizardPage({ packageId }: { packageId: string }) {
  const { world, packageError, worldError, retry, refreshAll, refreshDevices, devicesRefreshing } = useWizardWorld(packageId);
  const pkg = world?.pkg;

  const description = pkg ? (
    <>
      <span className={styles.package}>
        {pkg.metadata.name} {pkg.metadata.version}
      </span>
      {' · '}Name the deployment, choose where each component runs, then create it.
    </>
  ) : (
    'Name the deployment, choose where each component runs, then create it.'
  );
  const back = <Link to={pkg ? paths.package.href(pkg.metadata.guid) : paths.catalog.href()}>{pkg ? `Back to ${pkg.metadata.name}` : 'Back to Catalog'}</Link>;

  return (
    <>
      <PageHeader title="Deploy package" description={description} eyebrow={back} />
      {packageError ? (
        <ErrorState
          error={packageError}
          title={isApiError(packageError) && packageError.status === 404 ? 'This package does not exist' : 'Could not load the package'}
          onRetry={isApiError(packageError) && packageError.status === 404 ? undefined : retry}
        >
          <Link to={paths.catalog.href()}>Go to Catalog</Link>
        </ErrorState>
      ) : worldError ? (
        <ErrorState error={worldError} title="Could not load what the package can be deployed to" onRetry={retry} />
      ) : world ? (
        <DeployForm
          key={world.pkg.metadata.guid}
          world={world}
          onRefreshDevices={refreshDevices}
          devicesRefreshing={devicesRefreshing}
          onRefreshWorld={refreshAll}
        />
      ) : (
        <Loading label="Loading the package, devices, networks, deployments and volumes" rows={6} />
      )}
    </>
  );
}
