import { Link, useLocation } from 'react-router';
import { EmptyState } from '../../components/empty-state/empty-state';
import { PageHeader } from '../../components/page-header/page-header';
import { paths } from '../../lib/paths';

export function NotFoundRoute() {
  const { pathname } = useLocation();
  return (
    <>
      <PageHeader title="Page not found" description={<>Nothing lives at <code>{pathname}</code>.</>} />
      <EmptyState
        icon="help-circle"
        title="This address does not match any screen"
        description="Check the address for a typo, or start again from the list of deployments."
        action={<Link to={paths.deployments.href()}>Go to Deployments</Link>}
      />
    </>
  );
}
