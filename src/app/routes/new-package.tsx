import { AddPackagePage } from '../../features/catalog/add/add-package-page';

export function NewPackageRoute() {
  return <AddPackagePage />;
}
