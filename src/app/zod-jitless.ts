import { z } from 'zod';

/**
 * zod 4 decides per object schema, when the schema is *built*, whether to compile a parser with
 * `new Function` (probing it once). Under our CSP (no 'unsafe-eval') that probe is a reported
 * violation, so this must run before any module builds a schema: src/main.tsx imports this file
 * first. The interpreter is plenty fast for form-sized data.
 */
z.config({ jitless: true });
