import { useForm } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { setLanguage } from '@/lib/i18n';
import { act, renderHook, waitFor } from '@/testing/test-utils';
import { contractResolver } from './contract-resolver';
import { SERVER_ERROR_TYPE, errorPaths, useRetranslateErrors } from './use-retranslate-errors';

describe('errorPaths', () => {
  it('lists the path of every message, through objects and arrays', () => {
    expect(
      errorPaths({
        name: { type: 'too_small', message: 'Required', ref: { name: 'name' } },
        setting: { other: { call_end: { type: 'custom', message: 'Too early' } } },
        customer: [undefined, { type: 'custom', message: 'Not an id' }],
        root: { type: 'custom', message: 'The form as a whole' },
      }),
    ).toEqual(['name', 'setting.other.call_end', 'customer.1']);
  });

  it('leaves out the errors the server reported', () => {
    expect(
      errorPaths({
        name: { type: SERVER_ERROR_TYPE, message: 'The server says: taken' },
        score: { type: 'too_big', message: 'Must be at most 100' },
      }),
    ).toEqual(['score']);
  });
});

const schema = z.object({ name: z.string().check(z.minLength(1)), code: z.string() });
type Values = z.infer<typeof schema>;
const resolver = contractResolver(schema);

function useRetranslatedForm() {
  const form = useForm<Values>({ resolver, defaultValues: { name: '', code: 'A1' } });
  useRetranslateErrors(form);
  // Reading the errors while rendering subscribes this hook to them.
  return { form, errors: form.formState.errors };
}

describe('useRetranslateErrors', () => {
  it('words the errors shown again in the new language, and keeps what the server said', async () => {
    const { result } = renderHook(useRetranslatedForm);

    await act(() => result.current.form.trigger('name'));
    act(() =>
      result.current.form.setError('code', {
        type: SERVER_ERROR_TYPE,
        message: 'The server says: this code is taken',
      }),
    );
    expect(result.current.errors.name?.message).toBe('Required');

    act(() => setLanguage('zh'));

    await waitFor(() => expect(result.current.errors.name?.message).toBe('必填'));
    expect(result.current.errors.code).toEqual(
      expect.objectContaining({
        type: SERVER_ERROR_TYPE,
        message: 'The server says: this code is taken',
      }),
    );
  });
});
