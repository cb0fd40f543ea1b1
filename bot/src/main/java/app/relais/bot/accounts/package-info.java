/**
 * Who may use the agent desk and the admin API, with Spring Security: accounts of agents and
 * administrators (form login, sessions kept in the database by Spring Session so every instance
 * knows them, CSRF, passwords hashed by the delegating encoder, sign-in throttled per account and
 * per address), one-time links (first setup, invitations, new passwords), and the named, revocable
 * bearer tokens of automation, stored hashed.
 */
package app.relais.bot.accounts;
