import './admin.css';
import { Link } from '@ketnoi/ui';
import { adminPath } from '../../routes.ts';
import { useT } from '../../use-t.ts';
import { ADMIN_SECTIONS, isAdminSection, type AdminSection } from './admin-sections.ts';
import { CalendarSection } from './calendar-section.tsx';
import { OutboxSection } from './outbox-section.tsx';
import { PolicySection } from './policy-section.tsx';
import { ProvincesSection } from './provinces-section.tsx';
import { ServicesSection } from './services-section.tsx';
import { UnitsSection } from './units-section.tsx';
import { UsersSection } from './users-section.tsx';

const PANELS: Record<AdminSection, () => React.JSX.Element> = {
  'don-vi': UnitsSection,
  'nguoi-dung': UsersSection,
  'tinh-thanh': ProvincesSection,
  'dich-vu': ServicesSection,
  'lich-nghi': CalendarSection,
  'chinh-sach': PolicySection,
  'hop-thu': OutboxSection,
};

/**
 * `/c06/quan-tri[/:section]`: the administration, a section navigation beside the open section
 * (units first). Every change the sections make is audited by the API.
 */
export function AdminPage({ section }: { readonly section: string | null }) {
  const { t } = useT();
  const open: AdminSection | null = section === null ? ADMIN_SECTIONS[0] : isAdminSection(section) ? section : null;
  const Panel = open ? PANELS[open] : null;
  return (
    <>
      <h1>{t('admin.title')}</h1>
      <div className="kn-admin">
        <nav className="kn-admin__nav" aria-label={t('admin.nav')}>
          <ul>
            {ADMIN_SECTIONS.map((s) => (
              <li key={s}>
                <Link to={adminPath(s)} aria-current={s === open ? 'page' : undefined}>
                  {t(`admin.section.${s}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        {/* Not a named region: each section's table is one, under the same name. */}
        <div className="kn-admin__panel">{Panel ? <Panel /> : <Unknown />}</div>
      </div>
    </>
  );
}

function Unknown() {
  const { t } = useT();
  return (
    <>
      <h2>{t('admin.unknown')}</h2>
      <p>{t('admin.unknownBody')}</p>
    </>
  );
}
