import { Suspense, useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useNavigate } from 'react-router';
import { useLatestSearchParams } from '../../../lib/use-latest-search-params';
import { usePermission, type CreatePackageBody, type PackageResource } from '../../../api';
import { Notice } from '../../../components/notice/notice';
import { onDemand } from '../../../components/on-demand/on-demand';
import { PageHeader } from '../../../components/page-header/page-header';
import { Tabs } from '../../../components/tabs/tabs';
import { useToast } from '../../../components/toast/toast-context';
import { lazyZodResolver } from '../../../lib/lazy-zod-resolver';
import { paths } from '../../../lib/paths';
import { PackageForm } from './package-form';
import { emptyPackage, type PackageFormValues } from './package-form-values';
import styles from './add-package.module.css';

// Zod, the contract's schemas and the YAML parser stay off the first paint: the rules load with the form's first
// check, the manifest editor when the page has painted (or when its tab is opened first).
const packageResolver = lazyZodResolver<PackageFormValues, CreatePackageBody>(() => import('./package-form-schema').then((m) => m.packageFormSchema));
const Manifest = onDemand(() => import('./manifest-form').then((m) => m.ManifestForm));

/** The open tab, kept in the URL (`?from=manifest`) so a link can open the manifest directly. */
type Way = 'form' | 'manifest';

export function AddPackagePage() {
  const navigate = useNavigate();
  const { toast } = useToast();
  const [params, setParams] = useLatestSearchParams();
  const way: Way = params.get('from') === 'manifest' ? 'manifest' : 'form';
  // Both ways keep their input here, above the tabs, which mount only the open panel.
  const form = useForm({ resolver: packageResolver, defaultValues: emptyPackage() });
  const [manifest, setManifest] = useState('');
  const permission = usePermission();
  useEffect(() => Manifest.preload(), []);

  const onCreated = (pkg: PackageResource) => {
    toast({ title: 'Package added', description: `${pkg.metadata.name} ${pkg.metadata.version} is in the catalog.`, tone: 'success' });
    void navigate(paths.package.href(pkg.metadata.guid));
  };
  const choose = (value: string) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (value === 'manifest') next.set('from', 'manifest');
      else next.delete('from');
      return next;
    }, { replace: true });

  return (
    <>
      <PageHeader
        title="Add package"
        eyebrow={<Link to={paths.catalog.href()}>Catalog</Link>}
        description="Bring your own software: describe its components and executables, or paste its manifest."
      />
      {!permission.enabled && (
        <Notice title={permission.reason} className={styles.notice}>
          You can fill in a package, but not add it to the catalog.
        </Notice>
      )}
      <Tabs
        label="How to add the package"
        value={way}
        onValueChange={choose}
        items={[
          { value: 'form', label: 'Fill in a form', content: <PackageForm form={form} onCreated={onCreated} /> },
          {
            value: 'manifest',
            label: 'Paste YAML or JSON',
            content: (
              <Suspense fallback={<p role="status" className={styles.muted}>Loading the manifest editor…</p>}>
                <Manifest.Component text={manifest} onTextChange={setManifest} onCreated={onCreated} />
              </Suspense>
            ),
          },
        ]}
      />
    </>
  );
}
