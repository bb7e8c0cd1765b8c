/** Volumes are the v2 `Disk` resource (`/api/v2/disks`). */
export const volumeKeys = {
  all: ['volumes'] as const,
  list: () => [...volumeKeys.all, 'list'] as const,
  detail: (id: string) => [...volumeKeys.all, 'detail', id] as const,
};
