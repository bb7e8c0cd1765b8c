import { ApplyManifestsPage } from '../../features/apply-manifests/apply-manifests-page';

export function ApplyManifestsRoute() {
  return <ApplyManifestsPage />;
}
