// Secret: a Docker registry's credentials, which a package executable's pull secret names. The password is taken
// and never served back.
import { z } from 'zod';
import { baseMetadata, listOf, nameText } from './common';
import { API_VERSION } from './values';

export const DEFAULT_DOCKER_REGISTRY = 'https://index.docker.io/v1/';

export const secretResource = z.object({
  apiVersion: z.literal(API_VERSION),
  kind: z.literal('Secret'),
  metadata: baseMetadata,
  spec: z.object({
    type: z.literal('Docker'),
    docker: z.object({ registry: z.string(), username: z.string(), email: z.string() }),
  }),
});
export type SecretResource = z.infer<typeof secretResource>;

export const secretList = listOf('SecretList', secretResource);
export type SecretList = z.infer<typeof secretList>;

export const createSecretBody = z.object({
  apiVersion: z.string().optional(),
  kind: z.literal('Secret').optional(),
  metadata: z.object({ name: nameText.trim().min(1, 'Name is required') }),
  spec: z.object({
    type: z.literal('Docker', { error: 'Gantry keeps Docker registry secrets: type is Docker' }),
    docker: z.object({
      registry: nameText.min(1).default(DEFAULT_DOCKER_REGISTRY),
      username: nameText.min(1, 'A username is required'),
      password: nameText.min(1, 'A password is required'),
      email: nameText.min(1, 'An email is required'),
    }),
  }),
});
export type CreateSecretBody = z.input<typeof createSecretBody>;
