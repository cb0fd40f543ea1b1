/**
 * The audit log: who changed what, when, with which outcome. Every non-GET request of the admin
 * API is written down, whoever made it (an account, a token), with the domain's own entries where
 * it knows more (a ticket taken, a reply sent, an account disabled); the Telegram agents' actions
 * are written down too, under their Telegram identity. Administrators read it on the desk.
 */
package app.relais.bot.audit;
