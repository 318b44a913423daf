# Build with the Maven wrapper, run on a slim JRE as a non-root user.
#   docker build -t hotline-bot .
#   docker run -p 8080:8080 -v hotline-data:/data -e TELEGRAM_BOT_TOKEN=... hotline-bot
# Mount your own configuration over the baked-in one with -v /path/to/bot-config:/app/bot-config:ro
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY bot-config bot-config
RUN ./mvnw -B -q -DskipTests package

FROM eclipse-temurin:21-jre
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin hotline \
 && mkdir -p /data \
 && chown hotline /data
WORKDIR /app
COPY --from=build /src/target/hotline-bot.jar /app/hotline-bot.jar
COPY bot-config /app/bot-config
ENV PORT=8080 \
    DATA_DIR=/data \
    BOT_CONFIG_DIR=/app/bot-config \
    LOG_FORMAT=json
VOLUME ["/data"]
EXPOSE 8080
USER hotline
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD curl -fsS "http://127.0.0.1:${PORT}/health" || exit 1
# Exec form: SIGTERM reaches the JVM, which commits the store and stops cleanly.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/hotline-bot.jar"]
