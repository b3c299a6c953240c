import type * as z from 'zod/mini';
import { formatPath } from './describe-issues.ts';

/**
 * The upstream is a Java service whose JSON binder is lenient: a number where a string of digits
 * is documented, and a digit string where an integer is documented, are both accepted. The
 * simulator mirrors that (CONTRACT.md, "Wire-type policy") by walking the strict schema and
 * converting just those scalars before the strict schema judges the result. The import in the
 * wizard uses the same walk to list every conversion as a deviation.
 */

export interface Coercion {
  path: string;
  from: unknown;
  to: unknown;
}

export interface LenientBinding {
  value: unknown;
  coercions: Coercion[];
}

export function bindLeniently(schema: z.core.$ZodType, input: unknown): LenientBinding {
  const coercions: Coercion[] = [];
  const value = walk(schema, input, [], coercions);
  return { value, coercions };
}

interface SchemaDef {
  type: string;
  innerType?: z.core.$ZodType;
  shape?: Record<string, z.core.$ZodType>;
  element?: z.core.$ZodType;
  entries?: Record<string, string | number>;
  values?: readonly unknown[];
}

const defOf = (schema: z.core.$ZodType): SchemaDef => schema._zod.def as unknown as SchemaDef;

const INTEGER_TEXT = /^-?\d+$/;

function walk(
  schema: z.core.$ZodType,
  input: unknown,
  path: PropertyKey[],
  out: Coercion[],
): unknown {
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
      // A Java binder reads null as "not set" for an optional field.
      if (input === null && defOf(def.innerType as z.core.$ZodType).type !== 'nullable')
        return undefined;
      return input === undefined ? input : walk(def.innerType as z.core.$ZodType, input, path, out);
    case 'nullable':
    case 'default':
    case 'readonly':
      return input === null || input === undefined
        ? input
        : walk(def.innerType as z.core.$ZodType, input, path, out);
    case 'object': {
      if (!isPlainObject(input)) return input;
      const shape = def.shape ?? {};
      const result: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(input)) {
        const field = Object.hasOwn(shape, key) ? shape[key] : undefined;
        const bound = field ? walk(field, value, [...path, key], out) : value;
        // defineProperty, not assignment: a "__proto__" key from JSON must stay plain data.
        if (bound !== undefined) {
          Object.defineProperty(result, key, {
            value: bound,
            enumerable: true,
            writable: true,
            configurable: true,
          });
        }
      }
      return result;
    }
    case 'array':
      return Array.isArray(input)
        ? input.map((item, i) => walk(def.element as z.core.$ZodType, item, [...path, i], out))
        : input;
    case 'string':
      return typeof input === 'number' && Number.isFinite(input)
        ? record(out, path, input, String(input))
        : input;
    case 'number':
      return typeof input === 'string' &&
        INTEGER_TEXT.test(input) &&
        Number.isSafeInteger(Number(input))
        ? record(out, path, input, Number(input))
        : input;
    case 'enum':
      return coerceToChoices(Object.values(def.entries ?? {}), input, path, out);
    case 'literal':
      return coerceToChoices(def.values ?? [], input, path, out);
    default:
      return input;
  }
}

function coerceToChoices(
  choices: readonly unknown[],
  input: unknown,
  path: PropertyKey[],
  out: Coercion[],
) {
  if (
    choices.every((c) => typeof c === 'string') &&
    typeof input === 'number' &&
    Number.isFinite(input)
  ) {
    return record(out, path, input, String(input));
  }
  if (
    choices.every((c) => typeof c === 'number') &&
    typeof input === 'string' &&
    INTEGER_TEXT.test(input)
  ) {
    return record(out, path, input, Number(input));
  }
  return input;
}

function record(out: Coercion[], path: PropertyKey[], from: unknown, to: unknown): unknown {
  out.push({ path: formatPath(path), from, to });
  return to;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
