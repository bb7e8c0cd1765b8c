import { PlaceholderPage } from './placeholder-page';

export function CatalogRoute() {
  return <PlaceholderPage title="Catalog" description="Packages you can deploy to the cloud and to your devices." />;
}
