// zod 4 decides when each object schema is built whether to compile a parser with `new Function`,
// probing it once; under our CSP (no 'unsafe-eval') the probe is a reported violation. The bundle
// may build schemas in a shared chunk before any module of ours runs, so the switch is set here, in
// a classic script that runs first. It is the object `z.config({ jitless: true })` writes to.
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, {
  jitless: true,
});
