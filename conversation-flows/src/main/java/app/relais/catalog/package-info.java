/**
 * The problem catalog: which problems Relais knows, per platform, with the support channels that
 * fit them, the evidence they need and the fallbacks. Data, not code: YAML under
 * {@code catalog/} on the classpath, checked when loaded so that a broken file stops the start
 * with the file and line at fault.
 */
package app.relais.catalog;
