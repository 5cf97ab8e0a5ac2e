import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import translation from '../../config/translation';
import { decide, type Write } from '../../src/authority/decide';
import { grantsOf, WRITE_ACTIONS, type Actor } from '../../src/authority/model';
import { authorityMarkdown } from '../../src/authority/readme';

/**
 * The authority model's decisions over generated writes, against the rules as a reader states
 * them: Editors and administrators may do anything, a translator only create and update the
 * localized fields of its own languages, tokens that are not full-access and the public nothing.
 */
const LOCALES = ['en', 'ar', 'fr'];
const FIELDS = ['title', 'summary', 'date', 'casualties', 'weapons', 'archivedCopy'];
const LOCALIZED = new Set(['title', 'summary']);

const writes: fc.Arbitrary<Write> = fc.record({
  action: fc.constantFrom(...WRITE_ACTIONS),
  uid: fc.constantFrom('api::article.article', 'api::incident.incident', 'plugin::incident-linker.link'),
  locales: fc.oneof(fc.constant('every' as const), fc.uniqueArray(fc.constantFrom(...LOCALES), { maxLength: 3 })),
  fields: fc.uniqueArray(fc.constantFrom(...FIELDS), { maxLength: 4 }).map((names) => names.map((name) => ({ name, localized: LOCALIZED.has(name) }))),
});

const admin = (...roles: string[]): Actor => ({ kind: 'admin', id: 1, email: 'someone@example.org', roles });
const allowed = (actor: Actor, write: Write) => decide(grantsOf(actor, translation), write) === null;

test('Editors, super admins, full-access tokens and the server may make any write', () => {
  fc.assert(
    fc.property(writes, fc.constantFrom(admin('strapi-editor'), admin('strapi-super-admin'), admin('translator', 'strapi-editor'), { kind: 'server' } as Actor, { kind: 'api-token', id: 1, type: 'full-access' } as Actor), (write, actor) => allowed(actor, write))
  );
});

test('the public, read-only and custom tokens, and roles the model does not know, may make none', () => {
  const nobody: Actor[] = [{ kind: 'anonymous' }, { kind: 'api-token', id: 1, type: 'read-only' }, { kind: 'api-token', id: 1, type: 'custom' }, admin('strapi-author'), admin()];
  fc.assert(fc.property(writes, fc.constantFrom(...nobody), (write, actor) => !allowed(actor, write)));
});

test('a translator creates, updates and confirms translations only in its own languages, changing localized fields only, and a refusal names what it refused', () => {
  const own = translation.translatorRoles[0].locales;
  fc.assert(
    fc.property(writes, (write) => {
      const shared = write.fields.filter((field) => !field.localized).map((field) => field.name);
      const inOwnLocales = write.locales !== 'every' && write.locales.every((locale) => own.includes(locale));
      const granted = ['create', 'update', 'confirm'].includes(write.action);
      const expected = granted && inOwnLocales && shared.length === 0;
      const refusal = decide(grantsOf(admin('translator'), translation), write);
      if (expected) return refusal === null;
      if (refusal === null) return false;
      // Refused for the fields alone: exactly the shared ones are named.
      if (granted && inOwnLocales) return JSON.stringify(refusal.fields) === JSON.stringify(shared);
      return refusal.reason.includes(write.action);
    })
  );
});

/** After changing the model, regenerate: UPDATE_README=1 npx jest tests/unit/write-authority.test.ts */
test('the README states the authority model exactly as the server enforces it', () => {
  const README = path.join(__dirname, '..', '..', 'README.md');
  const START = '<!-- write-authority:start (generated from src/authority/model.ts) -->';
  const END = '<!-- write-authority:end -->';
  const expected = authorityMarkdown(translation);
  const readme = fs.readFileSync(README, 'utf8');
  const [before, rest = ''] = readme.split(START);
  const after = rest.split(END)[1] ?? '';
  if (process.env.UPDATE_README === '1') fs.writeFileSync(README, `${before}${START}\n${expected}\n${END}${after}`);
  expect(readme).toContain(`${START}\n${expected}\n${END}`);
});
