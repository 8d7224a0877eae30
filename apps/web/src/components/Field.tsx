import { useId, type ReactNode } from 'react';

/** A labelled control: the label names the control by `for`/`id`, so its accessible name is the label alone. */
export function Field({ label, className, children }: { label: string; className?: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
  );
}
