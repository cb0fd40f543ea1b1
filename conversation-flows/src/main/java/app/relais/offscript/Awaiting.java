package app.relais.offscript;

/**
 * What a pending question waits for, which sets how cautiously typed words are read as something
 * said instead of an answer: a button tap (anything typed is likely off-script), a value such as a
 * link or a date (values are taken out before reading), or free text such as a story (only a short
 * message that clearly is an intent; "je sais pas qui a fait ça, ..." is a story).
 */
public enum Awaiting {
    CHOICE, VALUE, FREE_TEXT
}
