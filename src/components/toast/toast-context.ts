import { createContext, useContext, type ReactNode } from 'react';

export type ToastTone = 'info' | 'success' | 'error';

export interface ToastInput {
  title: string;
  description?: ReactNode;
  /** `error` toasts stay longer and are announced assertively. */
  tone?: ToastTone;
  /** A button in the toast (which then stays until it is dismissed or the button is used). */
  action?: { label: string; onAction: () => void };
}

export type ShowToast = (toast: ToastInput) => void;

export const ToastContext = createContext<ShowToast | null>(null);

/** `const { toast } = useToast(); toast({ title: 'Deployment created', tone: 'success' })`. Needs `<Toaster>` above. */
export function useToast(): { toast: ShowToast } {
  const toast = useContext(ToastContext);
  if (!toast) throw new Error('useToast must be used inside <Toaster>');
  return { toast };
}
