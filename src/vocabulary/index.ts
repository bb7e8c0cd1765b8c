// The platform's vocabulary, defined once: enum values, their words, the error-code table and the naming rules.
// Plain values only, importing nothing, so that every layer (engine, mock, contract, screens) may use it.
export * from './phases';
export * from './statuses';
export * from './lifecycle';
export * from './resources';
export * from './events';
export * from './error-codes';
export * from './names';
export * from './name-texts';
export * from './fields';
export * from './manifest-kinds';
export * from './world-kinds';
export * from './search';
