/** Made by cli/messagesPlugin.ts: a compiled message catalogue, each id to its compiled ICU message. */
declare module 'virtual:live-atlas/messages/*' {
  const messages: import('@lingui/core').Messages;
  export default messages;
}
