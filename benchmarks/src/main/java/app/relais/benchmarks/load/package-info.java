/**
 * The load harness: starts the packaged application as a separate process and drives it over real
 * WebSockets from this JVM (see {@link app.relais.benchmarks.load.LoadHarness}).
 */
package app.relais.benchmarks.load;
