import { Dialog } from 'radix-ui';
import { Button } from '../../../components/button/button';
import type { UpdateDialogSlotProps } from './update-slot';
import styles from './update-coming-dialog.module.css';

/** Stands in for the update dialog until the route hands one in: says what will happen and closes. */
export function UpdateComingDialog({ deployment, open, onOpenChange }: UpdateDialogSlotProps) {
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className={styles.overlay} />
        <Dialog.Content className={styles.content}>
          <Dialog.Title className={styles.title}>Update Deployment</Dialog.Title>
          <Dialog.Description className={styles.description}>
            Choosing the components of {deployment.metadata.name} to re-deploy in place is coming in a later version of this
            console. The deployment keeps running unchanged.
          </Dialog.Description>
          <div className={styles.actions}>
            <Dialog.Close asChild>
              <Button variant="secondary">Close</Button>
            </Dialog.Close>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
