import { CatalogPage } from '../../features/catalog/list/catalog-page';

export function CatalogRoute() {
  return <CatalogPage />;
}
