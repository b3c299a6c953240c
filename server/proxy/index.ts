export {
  createConsoleApiProxy,
  type ConnectMiddleware,
  type ConsoleApiProxy,
  type ProxyOptions,
} from './create-proxy';
export type { UpstreamInfo } from './steps/console-api';
