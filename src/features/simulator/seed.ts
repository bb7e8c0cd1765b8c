// The seed a scenario starts from: the same seed and the same actions give the same world.
export const MAX_SEED = 2_147_483_647;
