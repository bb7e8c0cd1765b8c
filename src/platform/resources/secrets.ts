// Registry secrets: what a package executable's pull secret names. The simulated registry needs no login, so a
// secret is kept for that reference (and shown), not used.
import type { CreateSecretRequest, Result } from '../api';
import { currentUser, type Ctx } from '../context';
import { fail, ok } from '../errors';
import { emit } from '../events';
import type { Secret } from '../types';
import { validateResourceName } from '../validation/names';

export const secretsOf = (ctx: Ctx): Secret[] => (ctx.state.secrets ??= []);

export function createSecret(ctx: Ctx, req: CreateSecretRequest): Result<Secret> {
  const nameProblem = validateResourceName(req.name);
  if (nameProblem) return fail('invalid-name', nameProblem, 'name');
  const secrets = secretsOf(ctx);
  if (secrets.some((s) => s.name === req.name)) return fail('name-taken', `a secret named ${req.name} already exists`, 'name');
  const secret: Secret = {
    id: `secret-${ctx.rng.chars(24)}`,
    name: req.name,
    registry: req.registry,
    username: req.username,
    email: req.email,
    createdAt: ctx.state.now,
    createdBy: currentUser(ctx).name,
  };
  secrets.push(secret);
  emit(ctx, 'package', `${secret.createdBy} added registry secret ${secret.name} for ${secret.registry}`);
  return ok(secret);
}

export function deleteSecret(ctx: Ctx, id: string): Result<Secret> {
  const secrets = secretsOf(ctx);
  const secret = secrets.find((s) => s.id === id);
  if (!secret) return fail('unknown-secret', `secret ${id} does not exist`);
  secrets.splice(secrets.indexOf(secret), 1);
  emit(ctx, 'package', `${currentUser(ctx).name} deleted registry secret ${secret.name}`);
  return ok(secret);
}
