/**
 * Outage detection per channel: {@link app.relais.bot.detection.OutageMonitor} counts a channel's
 * send attempts in a sliding window, declares an incident on the business's channel when they
 * fail, through the same {@code OutageBoard} an administrator uses, and ends it once they succeed
 * again; {@link app.relais.bot.detection.AutoIncidents} remembers which incidents it declared, who
 * confirmed them and the end message written in advance; {@link
 * app.relais.bot.detection.DetectionController} is the administrators' side.
 */
package app.relais.bot.detection;
