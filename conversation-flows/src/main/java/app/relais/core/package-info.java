/** Assembles the engine from its parts in plain Java, so that any host (Spring, a test, a benchmark) wires it the same way. */
package app.relais.core;
