import * as z from 'zod/mini';
import { REQUIRED_MESSAGE } from './fields.ts';

/**
 * Default messages for the cases a field schema does not word itself (mostly a missing or
 * mistyped object): short, and meant to follow the field's path in a resultDesc.
 */
z.config({
  customError: (issue) => {
    if (issue.code !== 'invalid_type') return undefined;
    if (issue.input === undefined || issue.input === null) return REQUIRED_MESSAGE;
    const expected = issue.expected === 'array' ? 'a list' : `a value of type ${issue.expected}`;
    return `must be ${expected}`;
  },
});
