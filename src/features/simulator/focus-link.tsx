import { Link } from 'react-router';
import { useDeployments, type ScenarioFocus } from '../../api';
import { paths } from '../../lib/paths';
import { DEPLOYMENT_CHOICES } from './deployment-choices';
import { focusState } from './scenario-view';

/** The running scenario's focus deployment, linked to its page once the list says which id it has. */
export function FocusLink({ focus }: { focus: ScenarioFocus }) {
  const { data } = useDeployments(DEPLOYMENT_CHOICES);
  const found = data?.items.find((d) => d.metadata.name === focus.deploymentName);
  const state = focusState(focus);
  return (
    <span>
      {found ? <Link to={paths.deployment.href(found.metadata.guid)}>{focus.deploymentName}</Link> : focus.deploymentName}
      {state && ` (${state} at the start)`}
    </span>
  );
}
