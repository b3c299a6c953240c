/** Every page's address, so links and redirects never hand-type a path twice. */
export const paths = {
  home: '/',
  plans: {
    list: '/plans',
    new: '/plans/new',
  },
  speedRules: {
    list: '/speed-rules',
    new: '/speed-rules/new',
    edit: (id: string) => `/speed-rules/${encodeURIComponent(id)}`,
    /** The route table's pattern for `edit` (the page reads `id`). */
    editPattern: '/speed-rules/:id',
  },
} as const;
