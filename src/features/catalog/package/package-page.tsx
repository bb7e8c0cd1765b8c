import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { isApiError, useDeployments, usePackage, type PackageResource } from '../../../api';
import { EmptyState } from '../../../components/empty-state/empty-state';
import { ErrorState } from '../../../components/error-state/error-state';
import { Loading } from '../../../components/loading/loading';
import { PageHeader } from '../../../components/page-header/page-header';
import { useToast } from '../../../components/toast/toast-context';
import { paths } from '../../../lib/paths';
import { PackageDetails } from './package-details';

const backToCatalog = <Link to={paths.catalog.href()}>Catalog</Link>;

/** Deployments listed as users of a package; more are counted, not listed. */
const USERS_LIMIT = 100;

export function PackagePage({ packageId }: { packageId: string }) {
  // Once deleted, stop asking for the package: a refetch would only answer 404 while the app navigates away.
  const [deleted, setDeleted] = useState(false);
  const pkg = usePackage(deleted ? undefined : packageId);
  const users = useDeployments({ package: packageId, limit: USERS_LIMIT, volumeDeployments: true });
  const navigate = useNavigate();
  const { toast } = useToast();

  const onDeleted = (removed: PackageResource) => {
    setDeleted(true);
    toast({ title: 'Package deleted', description: `${removed.metadata.name} ${removed.metadata.version} is no longer in the catalog.`, tone: 'success' });
    void navigate(paths.catalog.href());
  };

  if (deleted) return <PageHeader title="Package deleted" eyebrow={backToCatalog} />;
  if (pkg.isPending) {
    return (
      <>
        <PageHeader title="Package" eyebrow={backToCatalog} />
        <Loading label="Loading package" />
      </>
    );
  }
  if (pkg.isError) {
    const missing = isApiError(pkg.error) && pkg.error.status === 404;
    return (
      <>
        <PageHeader title={missing ? 'Package not found' : 'Package'} eyebrow={backToCatalog} />
        {missing ? (
          <EmptyState
            icon="help-circle"
            title="There is no such package"
            description="It may have been deleted. Packages in the catalog are listed on the Catalog page."
            action={<Link to={paths.catalog.href()}>Go to Catalog</Link>}
          />
        ) : (
          <ErrorState error={pkg.error} title="Could not load the package" onRetry={() => void pkg.refetch()} />
        )}
      </>
    );
  }
  return (
    <PackageDetails
      pkg={pkg.data}
      users={users.data?.items.toSorted((a, b) => a.metadata.name.localeCompare(b.metadata.name))}
      moreUsers={(users.data?.metadata.total ?? 0) - (users.data?.items.length ?? 0)}
      onRefused={() => void users.refetch()}
      onDeleted={onDeleted}
    />
  );
}
