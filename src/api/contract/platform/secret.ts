// The platform's Secret. Gantry keeps Docker registry secrets, which executables' pull secrets name.
import { z } from 'zod';
import { DEFAULT_DOCKER_REGISTRY, type CreateSecretBody, type SecretResource } from '../secret';
import { PLATFORM_MANIFEST_VERSION, envelope, platformMetadata } from './common';

export const platformSecret = envelope(
  'Secret',
  platformMetadata,
  z
    .looseObject({
      type: z.enum(['Docker', 'Opaque'], { error: 'type is Docker or Opaque' }),
      docker: z
        .looseObject({
          registry: z.string().min(1).default(DEFAULT_DOCKER_REGISTRY),
          username: z.string({ error: 'username is required' }).min(1, 'username is required'),
          password: z.string({ error: 'password is required' }).min(1, 'password is required'),
          email: z.string({ error: 'email is required' }).min(1, 'email is required'),
        })
        .optional(),
    })
    .superRefine((spec, ctx) => {
      if (spec.type === 'Opaque') ctx.addIssue({ code: 'custom', path: ['type'], message: 'Gantry keeps Docker registry secrets only; an Opaque secret is not simulated' });
      else if (!spec.docker) ctx.addIssue({ code: 'custom', path: ['docker'], message: 'A Docker secret needs docker.username, password and email' });
    }),
);
export type PlatformSecret = z.output<typeof platformSecret>;
export type PlatformSecretDocument = z.input<typeof platformSecret>;

export function fromPlatformSecret(doc: PlatformSecret): CreateSecretBody {
  const docker = doc.spec.docker ?? { registry: DEFAULT_DOCKER_REGISTRY, username: '', password: '', email: '' };
  return {
    metadata: { name: doc.metadata.name },
    spec: { type: 'Docker', docker: { registry: docker.registry, username: docker.username, password: docker.password, email: docker.email } },
  };
}

/** The password is never served, so an exported secret carries a placeholder to fill in before applying it. */
export const PASSWORD_PLACEHOLDER = '<password>';

export function toPlatformSecret(secret: SecretResource): PlatformSecretDocument {
  return {
    apiVersion: PLATFORM_MANIFEST_VERSION,
    kind: 'Secret',
    metadata: { name: secret.metadata.name },
    spec: { type: 'Docker', docker: { ...secret.spec.docker, password: PASSWORD_PLACEHOLDER } },
  };
}
