/**
 * Web chat sessions without server memory: a session token is a random id plus its HMAC, so any
 * instance sharing the secret can verify it; the same key signs download links. Also the
 * sliding-window limiters (messages per session, new sessions per address).
 */
package app.relais.webchat.session;
