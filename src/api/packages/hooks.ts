import { useQuery } from '@tanstack/react-query';
import { packageQueries } from './queries';

export const usePackages = () => useQuery(packageQueries.list());

export const usePackage = (id: string | undefined) => useQuery({ ...packageQueries.detail(id ?? ''), enabled: Boolean(id) });
