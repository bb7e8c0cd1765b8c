import { PageHeader } from '../../components/page-header/page-header';

export interface PlaceholderPageProps {
  title: string;
  description: string;
}

/** Stands in for a screen until its feature lands in src/features; keeps the route's h1 and tab title right. */
export function PlaceholderPage({ title, description }: PlaceholderPageProps) {
  return <PageHeader title={title} description={description} />;
}
