/**
 * Lets the README's embedding snippets run in the test browser exactly as a host writes them:
 *
 * - `support-access-elements/...` resolves through the package's own exports map to the build in
 *   dist/, as in a host's app (so `npm run build` must have run; `npm test` does it first).
 * - React ships CommonJS only. A host's bundler converts it; here esbuild bundles react,
 *   react/jsx-runtime and react-dom/client once into one ES module (one React instance), and each
 *   specifier is served as a module re-exporting its names.
 * - `vue` is Vue's self-contained browser build with the template compiler, as a host gets with
 *   its bundler's alias to the full build.
 */
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const require = createRequire(path.join(root, 'package.json'));
const PACKAGE = 'support-access-elements';
const PREFIX = '/__frameworks__/';

/** The CommonJS modules served as ES modules, each with the names it exports. */
const COMMONJS = {
  react: 'react',
  'react/jsx-runtime': 'react/jsx-runtime',
  'react/jsx-dev-runtime': 'react/jsx-dev-runtime',
  'react-dom': 'react-dom',
  'react-dom/client': 'react-dom/client',
};
const moduleFile = (specifier) => `${PREFIX}${specifier.replaceAll('/', '__')}.js`;

let bundle;
async function commonJsBundle() {
  bundle ??= build({
    stdin: {
      contents: Object.keys(COMMONJS)
        .map((specifier, index) => `import * as m${index} from '${specifier}'; export { m${index} };`)
        .join('\n'),
      resolveDir: root,
    },
    bundle: true,
    format: 'esm',
    write: false,
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0].text);
  return bundle;
}

/** Asked of a separate Node: loading React here would write to the test runner's console. */
function exportedNames(specifier) {
  const script = `process.stdout.write(JSON.stringify(Object.keys(require(${JSON.stringify(specifier)}))))`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' }));
}

function reexport(specifier) {
  const index = Object.keys(COMMONJS).indexOf(specifier);
  const names = exportedNames(specifier).filter((name) => name !== 'default' && /^[A-Za-z_$][\w$]*$/.test(name));
  return [
    `import { m${index} as module } from '${PREFIX}bundle.js';`,
    `const cjs = module.default ?? module;`,
    `export default cjs;`,
    `export const { ${names.join(', ')} } = cjs;`,
  ].join('\n');
}

export function frameworksPlugin() {
  return {
    name: 'embedding-frameworks',
    resolveImport({ source }) {
      if (source in COMMONJS) return moduleFile(source);
      if (source === 'vue') return '/node_modules/vue/dist/vue.esm-browser.js';
      if (source === PACKAGE || source.startsWith(`${PACKAGE}/`)) {
        let file;
        try {
          file = require.resolve(source);
        } catch (cause) {
          throw new Error(`${source} does not resolve through the exports map; run \`npm run build\` first`, { cause });
        }
        return `/${path.relative(root, file).split(path.sep).join('/')}`;
      }
      return undefined;
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      if (context.path === `${PREFIX}bundle.js`) return { body: await commonJsBundle(), type: 'js' };
      const specifier = Object.keys(COMMONJS).find((candidate) => moduleFile(candidate) === context.path);
      return specifier ? { body: reexport(specifier), type: 'js' } : undefined;
    },
  };
}
