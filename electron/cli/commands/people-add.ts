/** `people add --name "<name>" [--email …] [--kind …]`: adds a person and prints the new id. */
import { PERSON_KINDS, type PersonKind } from '../../../shared/domain/schema';
import { PersonDraft } from '../../../shared/ipc/contract';
import { addPerson } from '../../services/people/people';
import { type Command, EXIT_OK, requiredString, stringValue, stringValues, UsageError } from '../command';

export const peopleAddCommand: Command = {
  words: ['people', 'add'],
  summary: 'cli:peopleAdd.summary',
  usage: 'cli:peopleAdd.usage',
  options: {
    name: { type: 'string', value: 'cli:placeholder.name', help: 'cli:peopleAdd.optName' },
    email: { type: 'string', multiple: true, value: 'cli:placeholder.email', help: 'cli:peopleAdd.optEmail' },
    kind: { type: 'string', value: 'cli:placeholder.kind', help: 'cli:peopleAdd.optKind' },
  },
  async run(ctx) {
    const name = requiredString(ctx.values, 'name');
    const kindText = stringValue(ctx.values, 'kind')?.trim().toLowerCase();
    if (kindText !== undefined && !(PERSON_KINDS as readonly string[]).includes(kindText)) {
      throw new UsageError('cli:usage.badChoice', {
        option: '--kind',
        value: kindText,
        choices: PERSON_KINDS.join(', '),
      });
    }
    const emails = stringValues(ctx.values, 'email').flatMap((e) => e.split(/[;,]/));
    const parsed = PersonDraft.safeParse({
      displayName: name,
      ...(emails.length ? { emails } : {}),
      ...(kindText ? { kind: kindText as PersonKind } : {}),
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      if (issue.path[0] === 'emails') {
        const bad = emails[Number(issue.path[1])]?.trim() ?? '';
        throw new UsageError('cli:usage.badEmail', { value: bad });
      }
      throw new UsageError('cli:usage.badValue', { option: '--name', message: issue.message });
    }
    const person = await ctx.withStore((store) => store.update((db) => addPerson(db, parsed.data)));
    ctx.out(person.id);
    return EXIT_OK;
  },
};
