// The platform's own documents (rapyuta.io's manifests and v2 bodies): parse them, map them to Gantry's bodies and
// map Gantry's resources back. Pure: no I/O, no YAML (callers parse the text), no engine.
export * from './common';
export * from './package';
export * from './deployment';
export * from './network';
export * from './disk';
export * from './device';
export * from './secret';
export * from './document';
export * from './paths';
