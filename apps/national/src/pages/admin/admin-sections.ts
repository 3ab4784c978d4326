/**
 * The sections of the administration, by their Vietnamese URL segment (`/c06/quan-tri/<segment>`),
 * in the order of the section navigation. `/c06/quan-tri` opens the first.
 */
export const ADMIN_SECTIONS = ['don-vi', 'nguoi-dung', 'tinh-thanh', 'dich-vu', 'lich-nghi', 'chinh-sach', 'hop-thu'] as const;

export type AdminSection = (typeof ADMIN_SECTIONS)[number];

export const isAdminSection = (value: string | null): value is AdminSection => (ADMIN_SECTIONS as readonly (string | null)[]).includes(value);
