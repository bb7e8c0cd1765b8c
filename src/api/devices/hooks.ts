import { useQuery } from '@tanstack/react-query';
import { deviceQueries } from './queries';

export const useDevices = () => useQuery(deviceQueries.list());

export const useDevice = (id: string | undefined) => useQuery({ ...deviceQueries.detail(id ?? ''), enabled: Boolean(id) });
