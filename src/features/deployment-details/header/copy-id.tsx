import { useToast } from '../../../components/toast/toast-context';
import { Button } from '../../../components/button/button';
import styles from './deployment-header.module.css';

/** The deployment id as text anyone can select, and a button that copies it. */
export function CopyId({ id }: { id: string }) {
  const { toast } = useToast();
  const copy = () =>
    navigator.clipboard.writeText(id).then(
      () => toast({ title: 'Deployment id copied', description: id, tone: 'success' }),
      () => toast({ title: 'Could not copy the deployment id', description: 'Select the id and copy it by hand.', tone: 'error' }),
    );
  return (
    <span className={styles.id}>
      <code>{id}</code>
      <Button variant="ghost" size="sm" onClick={() => void copy()}>
        Copy{' '}
        <span className="sr-only">deployment id</span>
      </Button>
    </span>
  );
}
