import { useQuery } from '@tanstack/react-query';
import { volumeQueries } from './queries';

export const useVolumes = () => useQuery(volumeQueries.list());

export const useVolume = (id: string | undefined) => useQuery({ ...volumeQueries.detail(id ?? ''), enabled: Boolean(id) });
