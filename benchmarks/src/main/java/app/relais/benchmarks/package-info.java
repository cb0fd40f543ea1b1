/**
 * JMH benchmarks of Relais, one class per subject. They compile with the normal build and run only
 * on demand: {@code mvn -q -pl benchmarks -am verify -Pbenchmarks -DskipTests -Djmh.args="<class regex> <JMH options>"}.
 */
package app.relais.benchmarks;
