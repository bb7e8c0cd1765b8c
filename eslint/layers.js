// The one-way dependency rule of the architecture, as a lint rule: each layer of src/ names the layers it may
// import from, and features never import each other. Tests (*.test.*) and the entry point may import anything.
import path from 'node:path';

const SRC = path.resolve(import.meta.dirname, '..', 'src');

// src/vocabulary (the platform's enum values, error codes and naming rules) may be imported by every layer, and
// imports nothing but itself.
const allowed = {
  vocabulary: ['vocabulary'],
  platform: ['platform', 'vocabulary'],
  mocks: ['mocks', 'platform', 'api/contract', 'vocabulary'],
  'api/contract': ['api/contract', 'vocabulary'],
  api: ['api', 'api/contract', 'vocabulary'],
  lib: ['lib', 'vocabulary'],
  components: ['components', 'lib', 'api/contract', 'vocabulary'],
  features: ['features', 'components', 'lib', 'api', 'api/contract', 'vocabulary'],
  app: ['app', 'features', 'components', 'lib', 'api', 'api/contract', 'vocabulary'],
};

// Packages a layer must not reach for: the vocabulary takes none, the engine stays pure, the mock stays free of UI.
const bannedPackages = {
  vocabulary: /./,
  platform: /^(react|react-dom|msw|@tanstack\/|react-router|recharts|radix-ui|zod)/,
  mocks: /^(react|react-dom|@tanstack\/|react-router|recharts|radix-ui)/,
  api: /^(msw)/,
  'api/contract': /^(react|msw|@tanstack\/)/,
};

function layerOf(file) {
  const rel = path.relative(SRC, file).split(path.sep);
  if (rel[0] === '..' || rel.length < 2) return null;
  if (rel[0] === 'api' && rel[1] === 'contract') return { layer: 'api/contract' };
  if (rel[0] === 'features') return { layer: 'features', feature: rel[1] };
  return { layer: rel[0] };
}

export default {
  rules: {
    layers: {
      meta: { type: 'problem', schema: [], messages: { layer: '{{msg}}' } },
      create(context) {
        const file = context.filename;
        if (/\.test\.tsx?$/.test(file)) return {};
        const from = layerOf(file);
        if (!from || !(from.layer in allowed)) return {};
        const check = (node) => {
          const spec = node.source?.value;
          if (typeof spec !== 'string') return;
          const report = (msg) => context.report({ node: node.source, messageId: 'layer', data: { msg } });
          if (!spec.startsWith('.')) {
            const banned = bannedPackages[from.layer];
            if (banned && banned.test(spec)) report(`src/${from.layer} must not import '${spec}'`);
            return;
          }
          const to = layerOf(path.resolve(path.dirname(file), spec));
          if (!to) {
            if (from.layer === 'vocabulary') report(`src/vocabulary imports nothing but itself, not '${spec}'`);
            return;
          }
          if (!allowed[from.layer].includes(to.layer)) {
            report(`src/${from.layer} must not import from src/${to.layer} (see architecture: one-way layers)`);
          } else if (from.layer === 'features' && to.layer === 'features' && to.feature !== from.feature) {
            report(`feature '${from.feature}' must not import feature '${to.feature}': share through components or api`);
          }
        };
        return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
      },
    },
  },
};
