/** The national body that runs the population database and decides connections (domain.md §1). */
export const C06_NAME = 'Cục Cảnh sát quản lý hành chính về trật tự xã hội (C06) – Bộ Công an';
