/**
 * Reminders by email, for people whose channel cannot reach them later (the web chat reaches only
 * an open page): the address they give when asked ({@link app.relais.email.EmailOffer}, always
 * skippable), the emails due ({@link app.relais.email.EmailReminders}, claimed before they are sent
 * so that several instances send each once), and the one-click unsubscribe every email carries.
 * Sending is the application's ({@link app.relais.email.EmailSender}: SMTP when configured); the
 * address is kept only until the last email due to it is sent, erased with the conversation.
 */
package app.relais.email;
