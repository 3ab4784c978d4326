import { z } from 'zod';

export const pageInput = {
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(100).default(20),
};

export const offsetOf = (p: { page: number; pageSize: number }) => (p.page - 1) * p.pageSize;
