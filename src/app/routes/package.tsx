import { useParams } from 'react-router';
import { PackagePage } from '../../features/catalog/package/package-page';

export function PackageRoute() {
  const { packageId = '' } = useParams();
  return <PackagePage packageId={packageId} />;
}
