import { useCurrentUser } from '../../api';
import { UserBadge } from '../../components/layout/user-badge';
import { roleLabel } from '../../lib/labels';

/** The signed-in user in the header; nothing until the platform has said who that is. */
export function HeaderAccount() {
  const { data: user } = useCurrentUser();
  if (!user) return null;
  return <UserBadge name={user.metadata.name} role={roleLabel(user.spec.role)} />;
}
