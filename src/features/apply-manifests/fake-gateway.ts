// An in-memory platform for the plan and run tests: it keeps documents by kind and name as sent.
import type { ManifestKind } from '../../vocabulary';
import type { ManifestGateway } from './apply-plan';

export function fakeGateway(refuse: (kind: ManifestKind, body: Record<string, unknown>) => string | undefined = () => undefined) {
  const held = new Map<string, Record<string, unknown>[]>();
  const nameOf = (body: Record<string, unknown>) => String((body['metadata'] as { name: unknown }).name);
  const requests: string[] = [];
  const gateway: ManifestGateway = {
    updatable: ['Secret'],
    normalize: (_kind, body) => body,
    find: (kind, names) => Promise.resolve(new Map(names.filter((n) => held.has(`${kind}:${n}`)).map((n) => [n, held.get(`${kind}:${n}`)!]))),
    create: (kind, body) => {
      requests.push(`create ${kind} ${nameOf(body)}`);
      const refusal = refuse(kind, body);
      if (refusal) return Promise.reject(Object.assign(new Error(refusal), { field: 'spec' }));
      const key = `${kind}:${nameOf(body)}`;
      held.set(key, [...(held.get(key) ?? []), body]);
      return Promise.resolve({ id: `${kind.toLowerCase()}-${nameOf(body)}` });
    },
    update: (kind, name, body) => {
      requests.push(`update ${kind} ${name}`);
      held.set(`${kind}:${name}`, [body]);
      return Promise.resolve({ id: `${kind.toLowerCase()}-${name}` });
    },
  };
  return { gateway, held, requests };
}
