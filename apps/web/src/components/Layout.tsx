import type { ReactNode } from 'react';
import { useSignOut } from '../features/auth/api';
import { WorkspaceSwitcher } from '../features/auth/WorkspaceSwitcher';
import type { Session } from '../lib/api';
import { fill, useI18n } from '../lib/i18n';
import { Link } from '../lib/router';
import { LanguageSwitcher } from './LanguageSwitcher';

export function Layout({ session, children }: { session: Session; children: ReactNode }) {
  const { labels } = useI18n();
  const signOut = useSignOut();
  return (
    <>
      <a className="skip-link" href="#main">
        {labels.app.skip}
      </a>
      <header className="topbar">
        <div className="topbar-inner">
          <Link to="/" className="brand">
            <img src="/favicon.svg" alt="" width="26" height="26" />
            <span className="brand-text">{labels.app.name}</span>
          </Link>
          <nav className="topnav" aria-label={labels.nav.main}>
            <Link to="/">{labels.nav.events}</Link>
            <Link to="/people">{labels.nav.people}</Link>
            <Link to="/organizations">{labels.nav.organizations}</Link>
            <Link to="/pipeline">{labels.nav.pipeline}</Link>
            <Link to="/counterparts">{labels.nav.counterparts}</Link>
            {session.workspace.role === 'owner' && <Link to="/workspace">{labels.nav.workspace}</Link>}
          </nav>
          <div className="topbar-tools">
            <WorkspaceSwitcher session={session} />
            <span className="badge neutral" title={fill(labels.auth.signedInAs, { email: session.user.email })}>
              {labels.roles[session.workspace.role]}
            </span>
            <LanguageSwitcher />
            <button type="button" className="button quiet" onClick={() => signOut.mutate()} disabled={signOut.isPending}>
              {labels.auth.signOut}
            </button>
          </div>
        </div>
      </header>
      <main id="main" className="page">
        {children}
      </main>
    </>
  );
}
