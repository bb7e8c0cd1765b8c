import { useQuery } from '@tanstack/react-query';
import { networkQueries } from './queries';

export const useNetworks = () => useQuery(networkQueries.list());

export const useNetwork = (id: string | undefined) => useQuery({ ...networkQueries.detail(id ?? ''), enabled: Boolean(id) });
