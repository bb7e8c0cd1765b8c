import { useMemo } from 'react';
import { useLatestSearchParams } from '../../../lib/use-latest-search-params';
import { usePackages } from '../../../api';
import { EmptyState } from '../../../components/empty-state/empty-state';
import { ErrorState } from '../../../components/error-state/error-state';
import { Loading } from '../../../components/loading/loading';
import { PageHeader } from '../../../components/page-header/page-header';
import { AddPackageAction } from './add-package-action';
import { filtersFromSearch, matchesFilters, withFilter, withoutFilters, type CatalogFilters } from './catalog-filters';
import { FilterBar } from './filter-bar';
import { NoMatchingPackages } from './no-matching-packages';
import { PackageTable } from './package-table';
import { summarisePackage } from './package-summary';
import styles from './catalog-page.module.css';

export function CatalogPage() {
  const packages = usePackages();
  const [params, setParams] = useLatestSearchParams();
  const filters = filtersFromSearch(params);
  const summaries = useMemo(() => (packages.data?.items ?? []).map(summarisePackage), [packages.data]);
  const shown = summaries.filter((pkg) => matchesFilters(pkg, filters));
  // Replace rather than push: typing a search must not leave one history entry per key stroke.
  const update = (key: keyof CatalogFilters, value: string) => setParams((current) => withFilter(current, key, value), { replace: true });
  const clear = () => setParams((current) => withoutFilters(current), { replace: true });

  return (
    <>
      <PageHeader title="Catalog" description="Packages you can deploy to the cloud and to your devices." actions={<AddPackageAction />} />
      <FilterBar filters={filters} onChange={update} onClear={clear} />
      {packages.isPending ? (
        <Loading label="Loading packages" />
      ) : packages.data === undefined ? (
        <ErrorState error={packages.error} title="Could not load the catalog" onRetry={() => void packages.refetch()} />
      ) : summaries.length === 0 ? (
        <EmptyState title="No packages yet" description="Add your own software as a package, then deploy it." action={<AddPackageAction />} />
      ) : (
        <>
          <p role="status" className={styles.count}>
            {shown.length === summaries.length ? `${summaries.length} packages` : `Showing ${shown.length} of ${summaries.length} packages`}
          </p>
          {shown.length > 0 ? <PackageTable packages={shown} /> : <NoMatchingPackages filters={filters} onRemove={(key) => update(key, '')} />}
        </>
      )}
    </>
  );
}
