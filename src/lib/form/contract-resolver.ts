import { toNestErrors } from '@hookform/resolvers';
import type { FieldError, FieldValues, Resolver } from 'react-hook-form';
import type * as z from 'zod/mini';
import { translateIssue } from '../validation/translate-issue';

/**
 * react-hook-form resolver over a contract schema, with messages in the user's language.
 * zodResolver would show the contract's English messages: those name the field for a resultDesc,
 * which is right for the server and wrong under a Chinese label.
 */
export function contractResolver<Schema extends z.ZodMiniType<FieldValues, FieldValues>>(
  schema: Schema,
): Resolver<z.input<Schema>, unknown, z.output<Schema>> {
  return (values, _context, options) => {
    const result = schema.safeParse(values, { reportInput: true });
    if (result.success) return { values: result.data, errors: {} };

    const flat: Record<string, FieldError> = Object.create(null) as Record<string, FieldError>;
    for (const issue of result.error.issues) {
      const path = issue.path.map(String).join('.');
      // The first problem per field is the one worth reading.
      flat[path] ??= { type: issue.code, message: translateIssue(issue) };
    }
    return { values: {}, errors: toNestErrors(flat, options) };
  };
}
