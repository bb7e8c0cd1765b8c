import { useParams } from 'react-router';
import { PlaceholderPage } from './placeholder-page';

export function PackageRoute() {
  const { packageId = '' } = useParams();
  return <PlaceholderPage title={packageId} description="The package's components, and how to deploy it." />;
}
