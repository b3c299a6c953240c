import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BusinessError, HttpError, NetworkError } from '@/lib/api-errors';
import { useFailureText } from './use-failure-text';

describe('useFailureText', () => {
  it('says what the server said, the HTTP status, or that no answer came', () => {
    const { result } = renderHook(useFailureText);
    const text = result.current;
    expect(text(new BusinessError('201003', 'qiqtName exists'))).toBe('201003: qiqtName exists');
    expect(text(new HttpError(502, undefined, 'Bad Gateway'))).toBe('HTTP 502: Bad Gateway');
    expect(text(new NetworkError('Failed to fetch'))).toBe(
      'The request got no answer. Check the connection, then try again.',
    );
    expect(text(new Error('something else'))).toBe('something else');
  });
});
