import type { Session } from '../../lib/api';
import { useI18n } from '../../lib/i18n';
import { useSwitchWorkspace } from './api';

/** Shown to users in several workspaces; switching keeps the same session and clears cached data. */
export function WorkspaceSwitcher({ session }: { session: Session }) {
  const { labels } = useI18n();
  const switchWorkspace = useSwitchWorkspace();
  if (session.workspaces.length < 2) {
    return (
      <span className="workspace-name" title={session.workspace.name}>
        {session.workspace.name}
      </span>
    );
  }
  return (
    <label className="inline-field">
      <span className="visually-hidden">{labels.auth.workspace}</span>
      <select
        value={session.workspace.id}
        disabled={switchWorkspace.isPending}
        onChange={(e) => switchWorkspace.mutate(e.target.value)}
        aria-label={labels.auth.workspace}
        title={session.workspace.name}
      >
        {session.workspaces.map((w) => (
          <option key={w.id} value={w.id}>
            {w.name} · {labels.roles[w.role]}
          </option>
        ))}
      </select>
    </label>
  );
}
