import type { InputHTMLAttributes, Ref, SelectHTMLAttributes } from 'react';
import styles from './field.module.css';

// Styled native controls. Native <select> is used on purpose: it has the combobox role, works with every input
// method, and keeps automated scripts simple (`selectOption`).

export interface InputProps extends InputHTMLAttributes<HTMLInputElement> {
  ref?: Ref<HTMLInputElement>;
}

export function Input({ className, type = 'text', ...rest }: InputProps) {
  return <input type={type} className={[styles.control, className].filter(Boolean).join(' ')} {...rest} />;
}

export interface SelectProps extends SelectHTMLAttributes<HTMLSelectElement> {
  ref?: Ref<HTMLSelectElement>;
}

export function Select({ className, ...rest }: SelectProps) {
  return <select className={[styles.control, styles.select, className].filter(Boolean).join(' ')} {...rest} />;
}
