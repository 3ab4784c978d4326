export interface WrongAppProps {
  readonly title: string;
  /** Who is signed in and why this app is not theirs. */
  readonly body: string;
  /** Their own app, when they have one: its address and the words of the link. */
  readonly home: { readonly href: string; readonly label: string } | null;
  readonly signOutLabel: string;
  readonly onSignOut: () => void;
}

/**
 * Someone signed in here with an account of another app's role: told so, offered the address of
 * their own app (same session, no second login) or to sign out here.
 */
export function WrongApp({ title, body, home, signOutLabel, onSignOut }: WrongAppProps) {
  return (
    <div className="kn-login">
      <h1>{title}</h1>
      <p>{body}</p>
      <div className="kn-actions">
        {home ? (
          <a className="kn-button" href={home.href}>
            {home.label} <span className="kn-code">({home.href})</span>
          </a>
        ) : null}
        <button type="button" className="kn-button kn-button--secondary" onClick={onSignOut}>
          {signOutLabel}
        </button>
      </div>
    </div>
  );
}
