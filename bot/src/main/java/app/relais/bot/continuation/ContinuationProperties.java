package app.relais.bot.continuation;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param publicUrl the address people open Relais at ({@code RELAIS_PUBLIC_URL}, e.g.
 *                  {@code https://relais.example.org}): {@code /continue} links open its page with
 *                  the widget; absent, {@code /continue} says it is not available here
 */
@ConfigurationProperties("relais")
public record ContinuationProperties(URI publicUrl) {
}
