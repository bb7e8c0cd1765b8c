import { Link } from 'react-router';
import { usePermission } from '../../../api';
import { ActionButton } from '../../../components/action-button/action-button';
import { buttonClassName } from '../../../components/button/button';
import { paths } from '../../../lib/paths';

/** `Add package`: a link to the form for operators; for viewers an unavailable button that says why. */
export function AddPackageAction() {
  const permission = usePermission();
  if (!permission.enabled) {
    return (
      <ActionButton variant="primary" availability={permission}>
        Add package
      </ActionButton>
    );
  }
  return (
    <Link to={paths.newPackage.href()} className={buttonClassName({ variant: 'primary' })}>
      Add package
    </Link>
  );
}
