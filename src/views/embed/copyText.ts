/** The shared clipboard helper (src/ui/clipboard.ts), under the name this folder uses. */
export { copyText } from '../../ui/clipboard';
