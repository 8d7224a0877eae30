import type { ReactNode } from 'react';

/**
 * A quiet row action that asks before it acts (remove, revoke, rotate, delete): `confirm` is the question,
 * `onConfirm` runs only on yes. `name` is the accessible name, which says which row it acts on.
 */
export function ConfirmButton({
  name,
  confirm,
  onConfirm,
  disabled,
  danger,
  children,
}: {
  name: string;
  confirm: string;
  onConfirm: () => void;
  disabled?: boolean;
  danger?: boolean;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className={danger ? 'button quiet danger' : 'button quiet'}
      aria-label={name}
      disabled={disabled}
      onClick={() => {
        if (window.confirm(confirm)) onConfirm();
      }}
    >
      {children}
    </button>
  );
}
