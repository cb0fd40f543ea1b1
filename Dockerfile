# syntax=docker/dockerfile:1
# Relais: build with Maven, run on a JRE as a non-root user, data in /data.
#   docker build -t relais .
#   docker run -p 8080:8080 -v relais-data:/data -e RELAIS_TELEGRAM_TOKEN=... relais

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
# Dependencies first, so that a code change does not download the world again.
COPY pom.xml .
COPY conversation-flows/pom.xml conversation-flows/
COPY webchat/pom.xml webchat/
COPY bot/pom.xml bot/
COPY benchmarks/pom.xml benchmarks/
RUN mvn -B -q -pl bot -am dependency:go-offline
COPY . .
# exec.skip: the class-data sharing archive is trained below, in the runtime image's paths and JVM.
RUN mvn -B -q -pl bot -am -DskipTests -Dexec.skip package

FROM eclipse-temurin:17-jre
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system relais && useradd --system --gid relais --home-dir /data --shell /usr/sbin/nologin relais \
 && mkdir -p /data && chown relais:relais /data
WORKDIR /app
COPY --from=build /src/bot/target/relais.jar /tmp/relais.jar
COPY --from=build /src/bot/target/app/jvm.options /tmp/jvm.options
# Start-up (docs/performance.md): the jar extracted to /app; the JVM options file the build wrote,
# with the archive's path in this image; then one training run that starts, answers a visitor's
# first requests on a loopback port and stops (no Telegram, a throw-away database), writing the
# classes it loaded to /app/relais.jsa for -XX:SharedArchiveFile. A stale archive only costs speed.
RUN java -Djarmode=tools -jar /tmp/relais.jar extract --destination /app \
 && rm /tmp/relais.jar \
 && sed 's|^-XX:SharedArchiveFile=.*|-XX:SharedArchiveFile=/app/relais.jsa|' /tmp/jvm.options > /app/jvm.options \
 && rm /tmp/jvm.options \
 && env RELAIS_DATA_DIR=/tmp/cds-training RELAIS_DB_URL= RELAIS_TELEGRAM_TOKEN= SERVER_ADDRESS=127.0.0.1 SERVER_PORT=0 \
      java -XX:ArchiveClassesAtExit=/app/relais.jsa -Drelais.cds-training=true -Dspring.aot.enabled=true \
        -jar /app/relais.jar > /tmp/cds-training.log 2>&1 \
    || { cat /tmp/cds-training.log; exit 1; } \
 ; rm -rf /tmp/cds-training /tmp/cds-training.log
ENV RELAIS_DATA_DIR=/data \
    SERVER_PORT=8080 \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
VOLUME ["/data"]
EXPOSE 8080
USER relais
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
  CMD curl -fsS http://127.0.0.1:${SERVER_PORT}/actuator/health/liveness || exit 1
# jvm.options chooses the collector (Shenandoah: pauses under 1 ms, for reply latency under load).
ENTRYPOINT ["java", "@/app/jvm.options", "-jar", "/app/relais.jar"]
