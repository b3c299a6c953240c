export {
  createConsoleApiProxy,
  type ConnectMiddleware,
  type ConsoleApiProxy,
  type ProxyOptions,
} from './create-proxy.ts';
export type { UpstreamInfo } from './steps/console-api.ts';
