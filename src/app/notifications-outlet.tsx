// Loaded with React.lazy from provider.tsx: importing the package itself lazily would turn its
// whole index (the store too) into the lazy chunk, and every page that calls
// `notifications.show` would then load the component statically again.
export { Notifications as default } from '@mantine/notifications';
